/**
 * The login page at /admin/ (until the browser holds a session): plain HTML that works without
 * JavaScript, labelled fields, the message in a live region. Pure: the words come from
 * src/i18n/vi/server.ts, the commune's name from site.yml.
 */
import words from '../i18n/vi/server.ts';
import { ADMIN_LOGIN_PATH, HOME_PATH } from '../routes.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function loginPage(opts: { commune: string; message?: string; name?: string; error?: boolean }): string {
  const w = words.login;
  const message = opts.message ? `<p class="${opts.error ? 'error' : 'note'}" role="${opts.error ? 'alert' : 'status'}">${escape(opts.message)}</p>` : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(w.title)} – xã ${escape(opts.commune)}</title>
<style>
body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f23}
main{max-width:26rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #c9d1d9;border-radius:.5rem}
h1{font-size:1.5rem;margin:0 0 .5rem}
label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.6rem;margin-top:.25rem;border:2px solid #57606a;border-radius:.25rem}
button{margin-top:1.5rem;font:inherit;font-weight:600;padding:.7rem 1.5rem;min-height:44px;background:#0b5394;color:#fff;border:0;border-radius:.25rem;cursor:pointer}
:focus-visible{outline:3px solid #f9a825;outline-offset:2px}
.error{color:#a4000f;font-weight:600}.note{color:#1b5e20}
a{color:#0b5394}
</style>
</head>
<body>
<main>
<h1>${escape(w.title)}</h1>
<p>${escape(w.intro)}</p>
${message}
<form method="post" action="${ADMIN_LOGIN_PATH}">
<label for="name">${escape(w.name)}</label>
<input id="name" name="name" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escape(opts.name ?? '')}">
<label for="password">${escape(w.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${escape(w.submit)}</button>
</form>
<p><a href="${HOME_PATH}">${escape(w.back)}</a></p>
</main>
</body>
</html>
`;
}
