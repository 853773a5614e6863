/**
 * Small corrections to KaTeX's MathML so that the browser's MathML Core layout reads like TeX.
 * They rewrite KaTeX's own output only (the source text is already escaped in it) and add no
 * style attributes.
 *
 * - A prime is already a raised glyph in a math font: KaTeX puts it in <msup>, which raises it a
 *   second time, so it is moved out to follow its base (L′ instead of L with a floating accent).
 * - MathML Core gives the invisible function application (U+2061) no space, so "ln 2" and
 *   "log softmax" would run together: it gets TeX's thin space unless an opening bracket follows.
 * - A minus right after a relation, an opening bracket or a comma is a sign (TeX: no space), but
 *   MathML Core spaces it as a binary minus unless it starts its row: it is marked prefix.
 */
export function polishMathml(html: string): string {
  return html
    .replace(/<msup>(<mi>[^<]*<\/mi>)(<mo[^>]*>[′″‴]+<\/mo>)<\/msup>/g, '$1$2')
    .replace(/<mo>\u2061<\/mo>(?!(?:<mrow>)?<mo[^>]*>[([{|])/g, '<mo rspace="0.1667em">\u2061</mo>')
    .replace(/(<mo[^>]*>(?:=|≤|≥|&lt;|&gt;|\(|\[|,|×)<\/mo>(?:<mtext>\s*<\/mtext>|<mspace[^>]*>(?:<\/mspace>)?)*)<mo>−<\/mo>/g, '$1<mo form="prefix">−</mo>');
}
