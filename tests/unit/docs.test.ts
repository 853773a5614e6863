// The README's URL reference must list every parameter and hide name each panel accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANELS } from '../../src/panels/registry';
import { hideNames } from '../../src/panels/definition';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README URL reference', () => {
  it.each(Object.values(PANELS))('documents every key and hide name of $id', (panel) => {
    const start = readme.indexOf(`**${panel.id}**`);
    expect(start).toBeGreaterThan(0);
    // This panel's part only: up to the next panel's heading or the next section.
    const rest = readme.slice(start + 4);
    const end = rest.search(/\n\*\*[a-z]+\*\*|\n## /);
    const section = rest.slice(0, end === -1 ? undefined : end);
    for (const key of Object.keys(panel.schema)) expect(section, key).toContain(`| \`${key}\` |`);
    for (const name of hideNames(panel)) expect(section, name).toContain(`\`${name}\``);
  });

  it('shows the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toMatch(/^npm test\s/m);
  });
});
