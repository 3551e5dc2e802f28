import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Products, suppliers, lots, sale and purchase orders with lines, allocations and receipts. */
export class Orders1764244800000 implements MigrationInterface {
  name = 'Orders1764244800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customers ADD COLUMN profiling_objected_at timestamptz`);
    await q.query(`
      CREATE TABLE products (
        id uuid NOT NULL,
        sku text NOT NULL,
        name text NOT NULL,
        brand text NOT NULL,
        category text NOT NULL,
        unit text NOT NULL,
        prescription_only boolean NOT NULL DEFAULT false,
        price bigint NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_products PRIMARY KEY (id),
        CONSTRAINT ck_products_price CHECK (price >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_products_sku ON products (upper(sku))`);
    await q.query(
      `CREATE INDEX ix_products_name_trgm ON products USING gin (lower(name) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE suppliers (
        id uuid NOT NULL,
        name text NOT NULL,
        npwp text,
        email text,
        phone text,
        address text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_suppliers PRIMARY KEY (id)
      )`);

    await q.query(`
      CREATE TABLE lots (
        id uuid NOT NULL,
        product_id uuid NOT NULL,
        lot_number text NOT NULL,
        expiry_date date NOT NULL,
        quantity_on_hand integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_lots PRIMARY KEY (id),
        CONSTRAINT fk_lots_product FOREIGN KEY (product_id) REFERENCES products (id),
        CONSTRAINT uq_lots_product_number UNIQUE (product_id, lot_number),
        -- Stock can never go negative, whatever races above it.
        CONSTRAINT ck_lots_quantity CHECK (quantity_on_hand >= 0)
      )`);
    await q.query(
      `CREATE INDEX ix_lots_fefo ON lots (product_id, expiry_date, lot_number) WHERE quantity_on_hand > 0`,
    );
    await q.query(`CREATE INDEX ix_lots_number ON lots (lot_number)`);

    await q.query(`
      CREATE TABLE orders (
        id uuid NOT NULL,
        number text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        customer_id uuid,
        supplier_id uuid,
        customer_po_number text,
        notes text,
        subtotal bigint NOT NULL,
        discount_total bigint NOT NULL,
        tax_base bigint NOT NULL,
        ppn bigint NOT NULL,
        total bigint NOT NULL,
        currency text NOT NULL DEFAULT 'IDR',
        risk jsonb,
        review_note text,
        reviewed_by uuid,
        reviewed_at timestamptz,
        created_by uuid,
        submitted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_orders PRIMARY KEY (id),
        CONSTRAINT uq_orders_number UNIQUE (number),
        CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
        CONSTRAINT fk_orders_supplier FOREIGN KEY (supplier_id) REFERENCES suppliers (id),
        CONSTRAINT ck_orders_kind CHECK (kind IN ('sale', 'purchase')),
        CONSTRAINT ck_orders_party CHECK ((kind = 'sale') = (customer_id IS NOT NULL) AND (kind = 'purchase') = (supplier_id IS NOT NULL)),
        CONSTRAINT ck_orders_status CHECK (status IN ('draft','submitted','on_review','approved','fulfilled','invoiced','paid','received','cancelled')),
        CONSTRAINT ck_orders_money CHECK (subtotal >= 0 AND discount_total >= 0 AND tax_base >= 0 AND ppn >= 0 AND total >= 0)
      )`);
    await q.query(`CREATE INDEX ix_orders_customer ON orders (customer_id, id)`);
    await q.query(`CREATE INDEX ix_orders_kind_status ON orders (kind, status, id)`);
    await q.query(`CREATE INDEX ix_orders_created ON orders (created_at)`);

    await q.query(`
      CREATE TABLE order_lines (
        order_id uuid NOT NULL,
        line_index integer NOT NULL,
        product_id uuid NOT NULL,
        sku text NOT NULL,
        name text NOT NULL,
        quantity integer NOT NULL,
        unit_price bigint NOT NULL,
        discount_basis_points integer NOT NULL DEFAULT 0,
        line_total bigint NOT NULL,
        CONSTRAINT pk_order_lines PRIMARY KEY (order_id, line_index),
        CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
        CONSTRAINT fk_order_lines_product FOREIGN KEY (product_id) REFERENCES products (id),
        CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
        CONSTRAINT ck_order_lines_discount CHECK (discount_basis_points BETWEEN 0 AND 10000)
      )`);
    await q.query(`CREATE INDEX ix_order_lines_product ON order_lines (product_id)`);

    await q.query(`
      CREATE TABLE order_allocations (
        order_id uuid NOT NULL,
        line_index integer NOT NULL,
        lot_id uuid NOT NULL,
        quantity integer NOT NULL,
        allocated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_order_allocations PRIMARY KEY (order_id, line_index, lot_id),
        CONSTRAINT fk_order_allocations_order FOREIGN KEY (order_id) REFERENCES orders (id),
        CONSTRAINT fk_order_allocations_lot FOREIGN KEY (lot_id) REFERENCES lots (id),
        CONSTRAINT ck_order_allocations_quantity CHECK (quantity > 0)
      )`);
    await q.query(`CREATE INDEX ix_order_allocations_lot ON order_allocations (lot_id)`);

    await q.query(`
      CREATE TABLE lot_receipts (
        order_id uuid NOT NULL,
        lot_id uuid NOT NULL,
        quantity integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_lot_receipts PRIMARY KEY (order_id, lot_id),
        CONSTRAINT fk_lot_receipts_order FOREIGN KEY (order_id) REFERENCES orders (id),
        CONSTRAINT fk_lot_receipts_lot FOREIGN KEY (lot_id) REFERENCES lots (id),
        CONSTRAINT ck_lot_receipts_quantity CHECK (quantity > 0)
      )`);
    await q.query(`CREATE INDEX ix_lot_receipts_lot ON lot_receipts (lot_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lot_receipts`);
    await q.query(`DROP TABLE order_allocations`);
    await q.query(`DROP TABLE order_lines`);
    await q.query(`DROP TABLE orders`);
    await q.query(`DROP TABLE lots`);
    await q.query(`DROP TABLE suppliers`);
    await q.query(`DROP TABLE products`);
    await q.query(`ALTER TABLE customers DROP COLUMN profiling_objected_at`);
  }
}
