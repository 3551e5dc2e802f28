import type { OrderKind, OrderStatus, RiskAssessment } from '@bei-hub/domain';

export type ReviewReason = {
  code: 'high_risk' | 'credit_exceeded' | 'profiling_objection';
  message: string;
};

export type OrderRow = {
  id: string;
  number: string;
  kind: OrderKind;
  status: OrderStatus;
  customer_id: string | null;
  supplier_id: string | null;
  customer_po_number: string | null;
  notes: string | null;
  subtotal: string;
  discount_total: string;
  tax_base: string;
  ppn: string;
  total: string;
  risk: (RiskAssessment & { reviewReasons?: ReviewReason[] }) | null;
  review_note: string | null;
  reviewed_at: Date | null;
  submitted_at: Date | null;
  /** The customer's or supplier's name, joined for display. */
  party_name?: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

export type OrderLineRow = {
  line_index: number;
  product_id: string;
  sku: string;
  name: string;
  quantity: number;
  unit_price: string;
  discount_basis_points: number;
  line_total: string;
};

export type AllocationRow = {
  line_index: number;
  lot_number: string;
  expiry_date: string;
  quantity: number;
};
