/**
 * A catalog document (data format 3) as the text `refresh` writes.
 * @internal
 * @module
 */
import type { CatalogDocument } from '../catalog/types.js';

/** The overlay as text: one release per line, so that a diff shows what a refresh changed. */
export function renderCatalogDocument(doc: CatalogDocument): string {
  const releases = doc.releases.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `{\n  "formatVersion": ${doc.formatVersion},\n  "retrieved": ${JSON.stringify(doc.retrieved)},\n  "sources": ${JSON.stringify(doc.sources)},\n  "releases": [\n${releases}\n  ]\n}\n`;
}
