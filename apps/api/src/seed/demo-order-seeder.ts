import { addDays, type OrderAction, todayInJakarta } from '@bei-hub/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '../auth/principal';
import type { ProductResponseDto } from '../catalog/dto/product.dto';
import type { SupplierResponseDto } from '../catalog/dto/supplier.dto';
import { ProductsService } from '../catalog/products.service';
import { SuppliersService } from '../catalog/suppliers.service';
import { DomainError } from '../common/problem/domain-errors';
import { OrdersService } from '../orders/orders.service';
import { UsersRepository } from '../users/users.repository';
import { DEMO_PRODUCTS, DEMO_SUPPLIERS } from './demo-catalog';

/** Where each demo sale order stops, so every status appears. */
const SALE_PATHS: OrderAction[][] = [
  [],
  ['submit'],
  ['submit', 'fulfil'],
  ['submit', 'fulfil', 'invoice'],
  ['submit', 'fulfil', 'invoice', 'pay'],
  ['submit', 'fulfil', 'invoice', 'pay'],
  ['cancel'],
];

/** Products with lots (some near expiry), suppliers, purchase orders and sale orders in every status. */
@Injectable()
export class DemoOrderSeeder {
  private readonly logger = new Logger(DemoOrderSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductsService,
    private readonly suppliers: SuppliersService,
    private readonly orders: OrdersService,
    private readonly users: UsersRepository,
  ) {}

  async seedOnce(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM products`);
    if (n > 0) return 0;
    const admin = (await this.users.activeWithRole('admin'))[0];
    if (!admin) return 0;
    const principal: AuthenticatedPrincipal = { type: 'user', id: admin.id, roles: ['admin'] };
    const today = todayInJakarta();
    const products: ProductResponseDto[] = [];
    for (const product of DEMO_PRODUCTS) products.push(await this.products.create(product));
    const suppliers: SupplierResponseDto[] = [];
    for (const supplier of DEMO_SUPPLIERS) suppliers.push(await this.suppliers.create(supplier));

    for (const [i, product] of products.entries()) {
      const lots = [
        {
          lotNumber: `${product.sku}-${2601 + i}`,
          expiryDate: addDays(today, 20 + i * 3),
          quantity: 40,
        },
        {
          lotNumber: `${product.sku}-${2701 + i}`,
          expiryDate: addDays(today, 400 + i * 10),
          quantity: 200,
        },
      ];
      const po = await this.orders.create(principal, {
        kind: 'purchase',
        supplierId: suppliers[i % suppliers.length].id,
        lines: [
          { productId: product.id, quantity: 240, unitCost: Math.round(product.price * 0.6) },
        ],
      });
      await this.orders.act(principal, po.id, 'submit');
      await this.orders.act(principal, po.id, 'approve');
      await this.orders.act(principal, po.id, 'receive', {
        lots: lots.map((l) => ({ productId: product.id, ...l })),
      });
    }

    const customers: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM customers WHERE customer_license_status(id, $1::date) IN ('valid', 'expiring') ORDER BY id LIMIT 120`,
      [today],
    );
    let count = 0;
    for (const [i, customer] of customers.entries()) {
      const path = SALE_PATHS[i % SALE_PATHS.length];
      const lines = [0, 1].map((k) => ({
        productId: products[(i + k * 3) % products.length].id,
        quantity: 1 + ((i + k) % 4),
        discountPercent: k ? 5 : undefined,
      }));
      const order = await this.orders.create(principal, {
        kind: 'sale',
        customerId: customer.id,
        lines,
      });
      count += 1;
      for (const action of path) {
        try {
          const after = await this.orders.act(principal, order.id, action);
          if (after.status === 'on_review') break;
        } catch (error) {
          // A licence gate or short stock is part of the story; the order stays where it stopped.
          if (!(error instanceof DomainError)) throw error;
          this.logger.debug(
            `demo order ${order.number} stopped before ${action}: ${error.message}`,
          );
          break;
        }
      }
    }
    // Spread the demo year: each sale order is dated back so reports by month have a story to tell.
    await this.dataSource.query(
      `UPDATE orders SET created_at = created_at - make_interval(days => (abs(hashtext(id::text)) % 365)),
         submitted_at = submitted_at - make_interval(days => (abs(hashtext(id::text)) % 365))
       WHERE kind = 'sale'`,
    );
    return products.length + count;
  }
}
