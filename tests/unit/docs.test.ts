// The README's URL reference must list every parameter and hide name each panel accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANELS } from '../../src/panels/registry';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README URL reference', () => {
  it.each(Object.values(PANELS))('documents every key and hide name of $id', (panel) => {
    const section = readme.slice(readme.indexOf(`**${panel.id}**`));
    expect(section.length).toBeLessThan(readme.length);
    for (const key of Object.keys(panel.schema)) expect(section, key).toContain(`| \`${key}\` |`);
    for (const name of panel.hidable) expect(section, name).toContain(`\`${name}\``);
  });

  it('shows the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toMatch(/^npm test\s/m);
  });
});
