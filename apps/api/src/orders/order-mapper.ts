import { allowedActions, type OrderAction } from '@bei-hub/domain';
import type { AuthenticatedPrincipal } from '../auth/principal';
import type { OrderResponseDto, OrderSummaryDto } from './dto/order-response.dto';
import type { AllocationRow, OrderLineRow, OrderRow } from './order.types';
import type { OrderSummaryRow } from './orders.repository';

/** The actions this caller may take now: the state machine narrowed by role. */
function actionsFor(principal: AuthenticatedPrincipal, order: OrderRow): OrderAction[] {
  const all = allowedActions(order.kind, order.status);
  if (
    principal.type === 'api_client' ||
    principal.roles.some((r) => r === 'admin' || r === 'manager')
  )
    return all;
  if (order.kind === 'sale' && principal.roles.includes('sales')) {
    return all.filter((a) => a === 'submit' || (a === 'cancel' && order.status === 'draft'));
  }
  return [];
}

export function toOrderResponse(
  order: OrderRow,
  lines: OrderLineRow[],
  allocations: AllocationRow[],
  principal: AuthenticatedPrincipal,
): OrderResponseDto {
  const { reviewReasons = [], ...risk } = order.risk ?? {};
  return {
    id: order.id,
    number: order.number,
    kind: order.kind,
    status: order.status,
    ...(order.kind === 'sale'
      ? {
          customerId: order.customer_id as string,
          customerName: order.party_name ?? null,
          customerPoNumber: order.customer_po_number,
        }
      : { supplierId: order.supplier_id as string, supplierName: order.party_name ?? null }),
    notes: order.notes,
    lines: lines.map((l) => ({
      productId: l.product_id,
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      unitPrice: Number(l.unit_price),
      discountPercent: l.discount_basis_points / 100,
      lineTotal: Number(l.line_total),
    })),
    subtotal: Number(order.subtotal),
    discountTotal: Number(order.discount_total),
    taxBase: Number(order.tax_base),
    ppn: Number(order.ppn),
    total: Number(order.total),
    currency: 'IDR',
    ...(order.kind === 'sale'
      ? { risk: order.risk && 'score' in risk ? (risk as OrderResponseDto['risk']) : null }
      : {}),
    reviewReasons,
    reviewNote: order.review_note,
    allocations: allocations.map((a) => ({
      lineIndex: a.line_index,
      lotNumber: a.lot_number,
      expiryDate: a.expiry_date,
      quantity: a.quantity,
    })),
    allowedActions: actionsFor(principal, order),
    submittedAt: order.submitted_at ? order.submitted_at.toISOString() : null,
    reviewedAt: order.reviewed_at ? order.reviewed_at.toISOString() : null,
    version: order.version,
    createdAt: order.created_at.toISOString(),
    updatedAt: order.updated_at.toISOString(),
  };
}

export function toOrderSummary(row: OrderSummaryRow): OrderSummaryDto {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    customerId: row.customer_id,
    customerName: row.customer_name,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    total: Number(row.total),
    currency: 'IDR',
    riskLevel: row.risk && 'level' in row.risk ? row.risk.level : null,
    createdAt: row.created_at.toISOString(),
  };
}
