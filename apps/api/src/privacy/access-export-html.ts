import { escapeHtml } from '../common/text/escape';
import type { AccessExport } from './access-export.service';

const SECTIONS: [keyof AccessExport, string, string][] = [
  ['licenses', 'Izin praktik', 'Licences'],
  ['affiliations', 'Afiliasi', 'Affiliations'],
  ['orders', 'Pesanan', 'Orders'],
  ['consentHistory', 'Riwayat persetujuan', 'Consent history'],
  ['suppressions', 'Daftar jangan dihubungi', 'Do-not-contact entries'],
  ['disclosures', 'Pengungkapan kepada pihak lain', 'Disclosures to others'],
  ['automatedDecisions', 'Keputusan otomatis', 'Automated decisions'],
  ['privacyRequests', 'Permintaan hak subjek data', 'Data-subject requests'],
  ['processingHistory', 'Riwayat pemrosesan', 'Processing history'],
];

function escape(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (value instanceof Date) return value.toISOString();
  return escapeHtml(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '<p class="empty">Tidak ada / None</p>';
  const columns = Object.keys(rows[0]);
  return `<table><thead><tr>${columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${columns.map((c) => `<td>${escape(r[c])}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A readable, printable bilingual copy of the access export. */
export function renderAccessExportHtml(data: AccessExport): string {
  const profileRows = Object.entries(data.profile).map(([field, value]) => ({ field, value }));
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Salinan data pribadi / Copy of personal data</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1b1e;font-size:13px}
h1{font-size:20px}h2{font-size:15px;margin-top:1.6rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f1f3f5}.empty{color:#666}.meta{color:#555}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
</style></head><body>
<h1>Salinan data pribadi / Copy of personal data</h1>
<p class="meta">PT Bina Estetika Indonesia · UU No. 27/2022 Pasal 7 dan 32 · Dibuat / Generated ${escape(data.generatedAt)}</p>
<h2>Profil / Profile</h2>${table(profileRows)}
${SECTIONS.map(([key, id, en]) => `<h2>${id} / ${en}</h2>${table(data[key] as Record<string, unknown>[])}`).join('\n')}
</body></html>`;
}
