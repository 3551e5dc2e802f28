import { escapeHtml } from '../common/text/escape';
import type { UnsubscribeTarget } from './unsubscribe.service';

export type PageLanguage = 'id' | 'en';

const TEXT = {
  id: {
    title: 'Berhenti berlangganan',
    ask: (purpose: string) =>
      `Anda tidak akan lagi menerima: <strong>${purpose}</strong> dari PT Bina Estetika Indonesia.`,
    button: 'Ya, berhenti',
    done: (purpose: string) =>
      `Selesai. Anda tidak akan lagi menerima: <strong>${purpose}</strong>.`,
    already: (purpose: string) => `Anda sudah berhenti menerima: <strong>${purpose}</strong>.`,
    invalid: 'Tautan ini tidak sah atau telah diubah. Tidak ada yang berubah.',
    service: 'Pesan layanan (misalnya penarikan produk) tetap dapat dikirim.',
    other: 'English',
  },
  en: {
    title: 'Unsubscribe',
    ask: (purpose: string) =>
      `You will no longer receive: <strong>${purpose}</strong> from PT Bina Estetika Indonesia.`,
    button: 'Yes, stop',
    done: (purpose: string) => `Done. You will no longer receive: <strong>${purpose}</strong>.`,
    already: (purpose: string) =>
      `You have already stopped receiving: <strong>${purpose}</strong>.`,
    invalid: 'This link is not valid or was altered. Nothing has changed.',
    service: 'Service messages (such as product recalls) may still be sent.',
    other: 'Bahasa Indonesia',
  },
};

function layout(lang: PageLanguage, content: string, token: string | null): string {
  const other = lang === 'id' ? 'en' : 'id';
  const switchLink = token
    ? `<p><a href="?token=${encodeURIComponent(token)}&amp;lang=${other}">${TEXT[lang].other}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TEXT[lang].title} · BEI Hub</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1a1b1e;line-height:1.5}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:6px;background:#1c7ed6;color:#fff;cursor:pointer}
.note{color:#5c5f66;font-size:.9rem}</style></head>
<body><h1>${TEXT[lang].title}</h1>${content}${switchLink}</body></html>`;
}

/** The page that asks for confirmation: a plain form, so it works without JavaScript. */
export function confirmPage(lang: PageLanguage, token: string, target: UnsubscribeTarget): string {
  const purpose = escapeHtml(lang === 'id' ? target.purposeLabelId : target.purposeLabelEn);
  if (target.alreadyWithdrawn) return layout(lang, `<p>${TEXT[lang].already(purpose)}</p>`, token);
  return layout(
    lang,
    `<p>${TEXT[lang].ask(purpose)}</p>
<form method="post" action="/api/v1/public/unsubscribe"><input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="lang" value="${lang}"><button type="submit">${TEXT[lang].button}</button></form>
<p class="note">${TEXT[lang].service}</p>`,
    token,
  );
}

export function donePage(
  lang: PageLanguage,
  target: UnsubscribeTarget,
  wasAlready: boolean,
): string {
  const purpose = escapeHtml(lang === 'id' ? target.purposeLabelId : target.purposeLabelEn);
  return layout(
    lang,
    `<p>${wasAlready ? TEXT[lang].already(purpose) : TEXT[lang].done(purpose)}</p><p class="note">${TEXT[lang].service}</p>`,
    null,
  );
}

export function invalidPage(lang: PageLanguage): string {
  return layout(lang, `<p>${TEXT[lang].invalid}</p>`, null);
}
