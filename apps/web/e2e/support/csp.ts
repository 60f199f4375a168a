import type { Page } from 'playwright-core';

/**
 * Collects Content-Security-Policy violations of a tab: the `securitypolicyviolation` events of
 * every document it loads, and Chromium's console reports ("Refused to …"). Start it before the
 * first navigation.
 */
export async function watchCsp(page: Page): Promise<{ violations(): string[] }> {
  const found: string[] = [];
  await page.exposeFunction('__leitplankenCspViolation', (text: string) => {
    found.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __leitplankenCspViolation(text: string): void })
        .__leitplankenCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) {
      found.push(text);
    }
  });
  return { violations: () => [...found] };
}
