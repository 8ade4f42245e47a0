import express, { type Router } from 'express';
import type { MailOutboxRepository } from './mail-outbox.repository.js';
import type { OutboxMessageEntity } from './outbox-message.entity.js';

export const DEV_MAILBOX_PATH = '/dev/mail';

/**
 * The development mailbox: with no SMTP server configured outside production, mail is kept in the
 * outbox and shown here, so invitations and password links can be followed on the embedded demo.
 * Never registered in production (see app.ts).
 */
export function createDevMailboxRouter(outbox: MailOutboxRepository): Router {
  const router = express.Router();
  router.get(DEV_MAILBOX_PATH, async (_request, response, next) => {
    try {
      const messages = await outbox.findRecent(50);
      const attachments =
        messages.length > 0 ? await outbox.readAttachmentNames(messages.map((entity) => entity.id)) : new Map<string, string[]>();
      response.set('cache-control', 'no-store').type('html').send(page(messages, attachments));
    } catch (error) {
      next(error);
    }
  });
  router.get(`${DEV_MAILBOX_PATH}/mailbox.css`, (_request, response) => {
    response.type('css').send(STYLE);
  });
  return router;
}

const STYLE = `body { font-family: system-ui, sans-serif; margin: 1rem; max-width: 48rem; line-height: 1.5; color: #1e1e1e; }
article { border-top: 1px solid #767676; padding: 0.5rem 0 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }
dd { margin: 0; overflow-wrap: anywhere; }
p { overflow-wrap: anywhere; }
a { color: #0b5cad; }`;

function page(messages: OutboxMessageEntity[], attachments: Map<string, string[]>): string {
  const items =
    messages.length === 0
      ? '<p>Ingen e-post ennå.</p>'
      : messages.map((entity) => message(entity, attachments.get(String(entity.id)) ?? [])).join('\n');
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Utgående e-post (utvikling)</title>
<link rel="stylesheet" href="${DEV_MAILBOX_PATH}/mailbox.css">
</head>
<body>
<main>
<h1>Utgående e-post (utvikling)</h1>
<p>Uten SMTP-server sendes ingen e-post: her er de siste 50 meldingene, nyeste først. Siden finnes ikke i drift.</p>
${items}
</main>
</body>
</html>`;
}

function message(entity: OutboxMessageEntity, files: string[]): string {
  const paragraphs = (entity.body ?? '')
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(linkify).join('<br>')}</p>`)
    .join('\n');
  return `<article aria-labelledby="mail-${entity.id}">
<h2 id="mail-${entity.id}">${escape(entity.subject)}</h2>
<dl><dt>Til</dt><dd>${escape(entity.recipient)}</dd><dt>Lagt i kø</dt><dd>${escape(entity.createdAt.toISOString())}</dd>${
    files.length > 0 ? `<dt>Vedlegg</dt><dd>${files.map(escape).join(', ')}</dd>` : ''
  }</dl>
${paragraphs}
</article>`;
}

/** Escapes the text and makes its http(s) addresses links. */
function linkify(line: string): string {
  return line
    .split(/(https?:\/\/\S+)/)
    .map((part, index) => (index % 2 === 1 ? `<a href="${escape(part)}">${escape(part)}</a>` : escape(part)))
    .join('');
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
