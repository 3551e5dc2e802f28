import { FieldCipher } from '../src/common/crypto/field-cipher';
import { uuidv7 } from '../src/common/uuid';
import { JobQueue } from '../src/jobs/job-queue.service';
import { IMPORT_QUEUE } from '../src/customers/imports/customer-imports.service';
import { ADMIN_EMAIL, call, loginAs, startTestApp, type TestApp } from './support/test-app';

type ImportStatus = {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  failed: number;
  errors?: { row: number; field: string; message: string }[];
};

const HEADER =
  'type,name,email,phone,nik,city,province,address_line1,str_number,sip_number,sip_valid_until\n';

function csvOf(rows: number, bad: Record<number, string> = {}): string {
  let csv = HEADER;
  for (let i = 1; i <= rows; i += 1) {
    csv +=
      bad[i] ??
      `doctor,dr. Import ${i},import${i}@klinik.id,0813${String(10_000_000 + i)},,Surabaya,Jawa Timur,Jl. Darmo ${i},STR-IMP-${i},SIP-IMP-${i},2028-12-31\n`;
  }
  return csv;
}

async function upload(t: TestApp, token: string, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'customers.csv');
  const res = await fetch(`${t.baseUrl}/api/v1/customers/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return {
    status: res.status,
    body: (await res.json()) as ImportStatus & { errors?: { field: string }[] },
  };
}

async function waitForImport(t: TestApp, token: string, id: string): Promise<ImportStatus> {
  for (let i = 0; i < 600; i += 1) {
    const res = await call<ImportStatus>(t.baseUrl, 'GET', `/api/v1/customers/imports/${id}`, {
      token,
    });
    if (res.body.status === 'completed' || res.body.status === 'failed') return res.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('import did not finish');
}

describe('customer CSV import', () => {
  let t: TestApp;
  let sales: string;

  beforeAll(async () => {
    t = await startTestApp();
    sales = await loginAs(t.baseUrl, 'sales@bei-hub.local');
  });
  afterAll(() => t.close());

  it('imports the good rows, lists the bad ones by row and column, and never blocks on them', async () => {
    const csv = csvOf(300, {
      7: 'doctor,dr. Bad Phone,bad7@klinik.id,12345,,Surabaya,Jawa Timur,Jl. X,STR-B-7,,\n',
      120: 'dentist,Someone,,,,,,,,,\n',
      250: 'doctor,dr. Wrong City,,,,Bandung,Bali,Jl. Y,,,\n',
      260: 'doctor,dr. Bad Sip Date,,,,Surabaya,Jawa Timur,Jl. Z,STR-Z,SIP-Z,31/12/2030\n',
    });
    const started = await upload(t, sales, csv);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ total: 300 });
    const done = await waitForImport(t, sales, started.body.id);
    expect(done).toMatchObject({
      status: 'completed',
      total: 300,
      processed: 300,
      created: 296,
      failed: 4,
    });
    expect(done.errors?.map((e) => [e.row, e.field])).toEqual([
      [7, 'phone'],
      [120, 'type'],
      [250, 'city'],
      [260, 'sip_valid_until'],
    ]);
    const list = await call<{ items: { source: string }[] }>(
      t.baseUrl,
      'GET',
      '/api/v1/customers?q=dr. Import 42',
      { token: sales },
    );
    expect(list.body.items[0]).toMatchObject({ source: 'imported' });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'customer.imported'`,
    );
    expect(n).toBe(296);
    const [{ leftover }] = await t.dataSource.query(
      `SELECT count(*)::int AS leftover FROM customer_imports WHERE csv_ciphertext IS NOT NULL`,
    );
    expect(leftover).toBe(0);
  });

  it('refuses a file that is not a customer CSV, naming the file field', async () => {
    const res = await upload(t, sales, 'foo,bar\n1,2\n');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].field).toBe('file');
  });

  it('hides another user’s import (404)', async () => {
    const started = await upload(t, sales, csvOf(1));
    const sales2 = await loginAs(t.baseUrl, 'sales2@bei-hub.local');
    expect(
      (
        await call(t.baseUrl, 'GET', `/api/v1/customers/imports/${started.body.id}`, {
          token: sales2,
        })
      ).status,
    ).toBe(404);
    const admin = await loginAs(t.baseUrl, ADMIN_EMAIL);
    expect(
      (
        await call(t.baseUrl, 'GET', `/api/v1/customers/imports/${started.body.id}`, {
          token: admin,
        })
      ).status,
    ).toBe(200);
  });

  it('resumes an interrupted import from the last committed batch after a restart', async () => {
    const [{ id: userId }] = await t.dataSource.query(
      `SELECT id FROM users WHERE email = 'sales@bei-hub.local'`,
    );
    const csv = csvOf(500)
      .replace(/dr\. Import/g, 'dr. Resume')
      .replace(/import(\d+)@/g, 'resume$1@')
      .replace(/IMP-/g, 'RES-');
    const importId = uuidv7();
    // As a crash would leave it: 200 rows committed, the job still queued.
    await t.dataSource.query(
      `INSERT INTO customer_imports (id, created_by, status, total, processed, created, csv_ciphertext) VALUES ($1, $2, 'running', 500, 200, 200, $3)`,
      [importId, userId, t.app.get(FieldCipher).encrypt(csv)],
    );
    await t.app.get(JobQueue).send(IMPORT_QUEUE, { importId });
    const done = await waitForImport(t, sales, importId);
    expect(done).toMatchObject({ status: 'completed', processed: 500, created: 500, failed: 0 });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM customers WHERE name LIKE 'dr. Resume %'`,
    );
    expect(n).toBe(300);
  });
});
