import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ThemeSwitch } from '../../../src/components/ThemeSwitch';
import { LanguageSwitch } from '../../../src/components/LanguageSwitch';

const names = { system: 'System theme', light: 'Light', dark: 'Dark' };

/** Hydrates `client` over the HTML of `server` (as the app hydrates a prerendered view) and returns the select. */
async function hydrated(server: ReactElement, client: ReactElement): Promise<HTMLSelectElement> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(server);
  document.body.append(container);
  await act(async () => {
    hydrateRoot(container, client);
  });
  return container.querySelector('select')!;
}

describe('the preference menus, hydrated from HTML rendered for another value', () => {
  it('the theme menu shows the theme a link or a saved choice forces, not the prerendered "System theme"', async () => {
    const select = await hydrated(<ThemeSwitch theme="system" onChange={() => {}} label="Theme" names={names} />, <ThemeSwitch theme="dark" onChange={() => {}} label="Theme" names={names} />);
    expect(select.value).toBe('dark');
  });

  it('the language menu likewise', async () => {
    const select = await hydrated(<LanguageSwitch lang="en" onChange={() => {}} label="Language" />, <LanguageSwitch lang="zh-CN" onChange={() => {}} label="Language" />);
    expect(select.value).toBe('zh-CN');
  });
});
