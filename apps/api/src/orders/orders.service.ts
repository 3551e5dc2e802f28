import {
  computeOrderTotals,
  discountBasisPoints,
  nextStatuses,
  type OrderAction,
  type OrderStatus,
  todayInJakarta,
} from '@bei-hub/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedPrincipal } from '../auth/principal';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { DEFAULT_PAGE_SIZE } from '../common/http/page-query.dto';
import { decodeCursor, toPage } from '../common/http/pagination';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  IllegalTransitionError,
  NotFoundError,
  PreconditionFailedError,
  ValidationFailedError,
} from '../common/problem/domain-errors';
import { uuidv7 } from '../common/uuid';
import { customerScopeOf } from '../customers/customer-scope';
import type { CreateOrderDto, OrderLineInputDto, UpdateOrderDto } from './dto/order-input.dto';
import type { FulfilOrderDto, ReceiveOrderDto } from './dto/order-actions.dto';
import type { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import type { OrderPageDto, OrderResponseDto } from './dto/order-response.dto';
import { nextOrderNumber } from './order-numbers';
import { toOrderResponse, toOrderSummary } from './order-mapper';
import { OrderStockService } from './order-stock.service';
import type { OrderRow } from './order.types';
import { type NewOrderLine, type OrderScope, OrdersRepository } from './orders.repository';
import { SubmitChecks } from './submit-checks';

const STAFF = ['admin', 'manager'] as const;
/** Managers, admins and integrators holding orders:write (checked by ScopesGuard) run the whole lifecycle. */
const isStaff = (p: AuthenticatedPrincipal) =>
  p.type === 'api_client' || p.roles.some((r) => (STAFF as readonly string[]).includes(r));

/** Past-tense audit action for each order action. */
const DONE: Record<OrderAction, string> = {
  submit: 'order.submitted',
  approve: 'order.approved',
  fulfil: 'order.fulfilled',
  invoice: 'order.invoiced',
  pay: 'order.paid',
  cancel: 'order.cancelled',
  receive: 'order.received',
};

/** Sale and purchase orders: pricing, the state machine, stock and the checks at submit. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrdersRepository,
    private readonly stock: OrderStockService,
    private readonly checks: SubmitChecks,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  scopeOf(principal: AuthenticatedPrincipal): OrderScope {
    return customerScopeOf(principal).ownerId ? { ownerId: principal.id } : { ownerId: null };
  }

  async list(principal: AuthenticatedPrincipal, query: ListOrdersQueryDto): Promise<OrderPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.orders.list(
      query,
      this.scopeOf(principal),
      limit,
      decodeCursor(query.cursor)?.id ?? null,
    );
    return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toOrderSummary);
  }

  async get(
    principal: AuthenticatedPrincipal,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrderResponseDto> {
    const order = await this.orders.findById(id, this.scopeOf(principal), manager);
    if (!order) throw new NotFoundError('Order');
    return toOrderResponse(
      order,
      await this.orders.linesOf(id, manager),
      await this.orders.allocationsOf(id, manager),
      principal,
    );
  }

  async create(
    principal: AuthenticatedPrincipal,
    input: CreateOrderDto,
  ): Promise<OrderResponseDto> {
    await this.checkParty(principal, input);
    const priced = await this.price(input.kind, input.lines);
    const number = await nextOrderNumber(
      this.dataSource,
      input.kind,
      Number(todayInJakarta().slice(0, 4)),
    );
    const id = uuidv7();
    return this.dataSource.transaction(async (manager) => {
      await this.orders.insertOrder(manager, {
        id,
        number,
        kind: input.kind,
        customer_id: input.kind === 'sale' ? input.customerId : null,
        supplier_id: input.kind === 'purchase' ? input.supplierId : null,
        customer_po_number: input.kind === 'sale' ? (input.customerPoNumber?.trim() ?? null) : null,
        notes: input.notes?.trim() || null,
        created_by: principal.id,
        ...priced.totals,
      });
      await this.orders.replaceLines(manager, id, priced.lines);
      await this.audit.record(manager, {
        action: 'order.created',
        resourceType: 'order',
        resourceId: id,
        subjectId: input.kind === 'sale' ? input.customerId : null,
      });
      return this.get(principal, id, manager);
    });
  }

  async update(
    principal: AuthenticatedPrincipal,
    id: string,
    version: number,
    input: UpdateOrderDto,
  ): Promise<OrderResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.orders.findById(id, this.scopeOf(principal), manager, true);
      if (!order) throw new NotFoundError('Order');
      if (order.version !== version) throw new PreconditionFailedError();
      if (order.status !== 'draft')
        throw new ConflictError(`Only a draft can be changed; this order is ${order.status}.`);
      const changes: Record<string, unknown> = {};
      const changed: string[] = [];
      if (input.notes !== undefined) {
        changes.notes = input.notes.trim() || null;
        changed.push('notes');
      }
      if (input.customerPoNumber !== undefined && order.kind === 'sale') {
        changes.customer_po_number = input.customerPoNumber.trim() || null;
        changed.push('customerPoNumber');
      }
      if (input.lines) {
        const priced = await this.price(order.kind, input.lines);
        Object.assign(changes, priced.totals);
        await this.orders.replaceLines(manager, id, priced.lines);
        changed.push('lines');
      }
      if (!(await this.orders.update(manager, id, changes, version)))
        throw new PreconditionFailedError();
      await this.audit.record(manager, {
        action: 'order.updated',
        resourceType: 'order',
        resourceId: id,
        subjectId: order.customer_id,
        changedFields: changed,
      });
      return this.get(principal, id, manager);
    });
  }

  /** One transition of the state machine, with what it does to stock and the checks it runs. */
  async act(
    principal: AuthenticatedPrincipal,
    id: string,
    action: OrderAction,
    body: { note?: string } & Partial<FulfilOrderDto> & Partial<ReceiveOrderDto> = {},
  ): Promise<OrderResponseDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const order = await this.orders.findById(id, this.scopeOf(principal), manager, true);
        if (!order) throw new NotFoundError('Order');
        this.authorise(principal, order, action);
        const targets = nextStatuses(order.kind, order.status, action);
        if (targets.length === 0) throw new IllegalTransitionError(action, order.status);
        const today = todayInJakarta();
        const lines = await this.orders.linesOf(id, manager);
        const changes: Record<string, unknown> = {};
        let status: OrderStatus = targets[0];
        if (action === 'submit') {
          changes.submitted_at = new Date();
          if (order.kind === 'sale') {
            const outcome = await this.checks.run(manager, order, lines, today);
            changes.risk =
              outcome.risk || outcome.reviewReasons.length
                ? { ...(outcome.risk ?? {}), reviewReasons: outcome.reviewReasons }
                : null;
            status = outcome.reviewReasons.length ? 'on_review' : 'approved';
          }
        }
        if (action === 'fulfil')
          await this.stock.allocate(manager, id, lines, today, body.allocations);
        if (action === 'receive') {
          if (!body.lots)
            throw new ValidationFailedError([
              { field: 'lots', message: 'must list the lots received' },
            ]);
          await this.stock.receive(manager, id, lines, body.lots, today);
        }
        if ((action === 'approve' || action === 'cancel') && body.note)
          changes.review_note = body.note;
        changes.status = status;
        await this.orders.update(manager, id, changes);
        await this.audit.record(manager, {
          action: status === 'on_review' ? 'order.sent_to_review' : DONE[action],
          resourceType: 'order',
          resourceId: id,
          subjectId: order.customer_id,
        });
        return this.get(principal, id, manager);
      });
    } catch (error) {
      // Serialization failures and deadlocks between racing fulfilments surface as a retryable 409.
      const code = (error as { code?: string }).code;
      if (code === '23514' && !(error instanceof DomainError))
        throw new DomainError('insufficient-stock', 'Not enough stock left.');
      throw error;
    }
  }

  /** Decisions on orders a person must review: approve, or reject (cancel) with a note. */
  async decide(
    principal: AuthenticatedPrincipal,
    id: string,
    decision: 'approve' | 'reject',
    note: string,
  ): Promise<OrderResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.orders.findById(id, this.scopeOf(principal), manager, true);
      if (!order) throw new NotFoundError('Order');
      if (order.status !== 'on_review') throw new IllegalTransitionError(decision, order.status);
      await this.orders.update(manager, id, {
        status: decision === 'approve' ? 'approved' : 'cancelled',
        review_note: note.trim(),
        reviewed_by: principal.id,
        reviewed_at: new Date(),
      });
      await this.audit.record(manager, {
        action: decision === 'approve' ? 'order.review_approved' : 'order.review_rejected',
        resourceType: 'order',
        resourceId: id,
        subjectId: order.customer_id,
      });
      return this.get(principal, id, manager);
    });
  }

  private authorise(principal: AuthenticatedPrincipal, order: OrderRow, action: OrderAction): void {
    if (isStaff(principal)) return;
    const salesMayDo =
      order.kind === 'sale' &&
      principal.roles.includes('sales') &&
      (action === 'submit' || (action === 'cancel' && order.status === 'draft'));
    if (!salesMayDo)
      throw new ForbiddenError(`Only a manager or an admin can ${action} this order.`);
  }

  private async checkParty(
    principal: AuthenticatedPrincipal,
    input: CreateOrderDto,
  ): Promise<void> {
    if (input.kind === 'sale') {
      if (!input.customerId || input.supplierId) {
        throw new ValidationFailedError([
          {
            field: input.customerId ? 'supplierId' : 'customerId',
            message: input.customerId ? 'is only for purchase orders' : 'is required for a sale',
          },
        ]);
      }
      const unitCost = input.lines.findIndex((l) => l.unitCost !== undefined);
      if (unitCost >= 0)
        throw new ValidationFailedError([
          { field: `lines[${unitCost}].unitCost`, message: 'is only for purchase orders' },
        ]);
      const scope = customerScopeOf(principal);
      const rows: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM customers WHERE id = $1 AND ($2::uuid IS NULL OR owner_id = $2)`,
        [input.customerId, scope.ownerId],
      );
      if (rows.length === 0)
        throw new DomainError('not-found', 'Customer was not found.', [
          { field: 'customerId', message: 'is not a customer you can see' },
        ]);
      return;
    }
    if (!isStaff(principal))
      throw new ForbiddenError('Only a manager or an admin can create purchase orders.');
    if (!input.supplierId || input.customerId) {
      throw new ValidationFailedError([
        {
          field: input.supplierId ? 'customerId' : 'supplierId',
          message: input.supplierId ? 'is only for sale orders' : 'is required for a purchase',
        },
      ]);
    }
    const missing = input.lines.findIndex((l) => l.unitCost === undefined);
    if (missing >= 0)
      throw new ValidationFailedError([
        { field: `lines[${missing}].unitCost`, message: 'is required on purchase lines' },
      ]);
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM suppliers WHERE id = $1`, [
      input.supplierId,
    ]);
    if (rows.length === 0)
      throw new ValidationFailedError([
        { field: 'supplierId', message: 'is not a known supplier' },
      ]);
  }

  /** Lines priced from the catalogue (sale) or the given cost (purchase), and the order totals. */
  private async price(kind: 'sale' | 'purchase', input: OrderLineInputDto[]) {
    const products: { id: string; sku: string; name: string; price: string; active: boolean }[] =
      await this.dataSource.query(
        `SELECT id, sku, name, price, active FROM products WHERE id = ANY($1::uuid[])`,
        [input.map((l) => l.productId)],
      );
    const errors = input.flatMap((line, i) => {
      const product = products.find((p) => p.id === line.productId);
      if (!product) return [{ field: `lines[${i}].productId`, message: 'is not a known product' }];
      if (!product.active)
        return [{ field: `lines[${i}].productId`, message: 'is not sold any more' }];
      if (kind === 'purchase' && line.discountPercent !== undefined)
        return [{ field: `lines[${i}].discountPercent`, message: 'is only for sale orders' }];
      return [];
    });
    if (errors.length) throw new ValidationFailedError(errors);
    const amounts = input.map((line) => {
      const product = products.find((p) => p.id === line.productId) as (typeof products)[number];
      return {
        product,
        quantity: line.quantity,
        unitPrice: kind === 'sale' ? Number(product.price) : (line.unitCost as number),
        discountPercent: line.discountPercent,
      };
    });
    const totals = computeOrderTotals(amounts, this.config.ppn);
    const lines: NewOrderLine[] = amounts.map((a, index) => ({
      line_index: index,
      product_id: a.product.id,
      sku: a.product.sku,
      name: a.product.name,
      quantity: a.quantity,
      unit_price: a.unitPrice,
      discount_basis_points: discountBasisPoints(a.discountPercent),
      line_total: totals.lines[index].lineTotal,
    }));
    return {
      lines,
      totals: {
        subtotal: totals.subtotal,
        discount_total: totals.discountTotal,
        tax_base: totals.taxBase,
        ppn: totals.ppn,
        total: totals.total,
      },
    };
  }
}
