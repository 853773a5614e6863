// src/math is the public, framework-free API: it must never import React, the DOM or d3-selection.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const mathDir = join(__dirname, '../../../src/math');
const forbidden = /from\s+['"](react|react-dom|react\/.*|d3|d3-selection|d3-transition|zustand|katex)['"]|\b(document|window|navigator|localStorage)\./;

describe('src/math purity', () => {
  const files = readdirSync(mathDir).filter((f) => f.endsWith('.ts'));
  it('has files to check', () => expect(files.length).toBeGreaterThan(5));
  it.each(files)('%s imports no UI or DOM module', (file) => {
    const source = readFileSync(join(mathDir, file), 'utf8');
    expect(source.match(forbidden)).toBeNull();
  });
  it('the check itself catches a forbidden import', () => {
    expect("import { select } from 'd3-selection';").toMatch(forbidden);
    expect("import React from 'react';").toMatch(forbidden);
    expect('const w = window.innerWidth;').toMatch(forbidden);
  });
});
