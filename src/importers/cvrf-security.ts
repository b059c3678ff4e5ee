/**
 * Counts what a CVRF document's updates fix per product: the CVEs whose remediations name the product, MSRC's
 * severity for that product, and whether each was exploited or publicly disclosed before the fix.
 * @internal
 * @module
 */
import type { ProductId, ReleaseSecurity } from 'hotpatch-calendar';
import { _productOfMsrcName } from './msrc-products.js';
import { own } from './read.js';

// CVRF threat types: 1 is the exploitability text, 3 the severity rating.
const EXPLOIT_STATUS = 1;
const SEVERITY = 3;

interface Counts {
  readonly cves: Set<string>;
  readonly critical: Set<string>;
  readonly important: Set<string>;
  readonly exploited: Set<string>;
  readonly publiclyDisclosed: Set<string>;
}

/** The product ids a threat applies to; an empty or missing list means every product of the vulnerability. */
function threatProducts(threat: object, idProduct: ReadonlyMap<string, ProductId>): Set<ProductId> | 'all' {
  const ids = own(threat, 'ProductID');
  if (!Array.isArray(ids) || ids.length === 0) return 'all';
  const out = new Set<ProductId>();
  for (const id of ids) {
    const product = typeof id === 'string' ? idProduct.get(id) : undefined;
    if (product !== undefined) out.add(product);
  }
  return out;
}

/** Whether the exploitability text says yes to `label` ("Publicly Disclosed:No;Exploited:Yes;…"). */
function says(text: string, label: string): boolean {
  return text
    .split(';')
    .some((part) => part.split(':')[0]?.trim().toLowerCase() === label && part.split(':')[1]?.trim() === 'Yes');
}

/** Per product, the vulnerabilities a document's updates fix. */
export class _SecurityTally {
  readonly #idProduct = new Map<string, ProductId>();
  readonly #counts = new Map<ProductId, Counts>();

  /** @param names - the document's product tree, MSRC id → product name */
  constructor(names: ReadonlyMap<string, string>) {
    for (const [id, name] of names) {
      const product = _productOfMsrcName(name);
      if (product !== null) this.#idProduct.set(id, product);
    }
  }

  /** Counts one vulnerability for the products its remediations name (`fixedOn`). */
  add(vulnerability: object, fixedOn: ReadonlySet<ProductId>): void {
    const cve = own(vulnerability, 'CVE');
    if (typeof cve !== 'string' || fixedOn.size === 0) return;
    const id = cve.trim().toUpperCase();
    const threats = own(vulnerability, 'Threats');
    const list = Array.isArray(threats) ? threats.filter((t): t is object => typeof t === 'object' && t !== null) : [];
    for (const product of fixedOn) {
      const counts = this.#countsOf(product);
      counts.cves.add(id);
      for (const threat of list) {
        const text = own(own(threat, 'Description') ?? {}, 'Value');
        if (typeof text !== 'string') continue;
        const applies = threatProducts(threat, this.#idProduct);
        if (applies !== 'all' && !applies.has(product)) continue;
        const type = own(threat, 'Type');
        if (type === SEVERITY) {
          const rating = text.trim().toLowerCase();
          if (rating === 'critical') counts.critical.add(id);
          else if (rating === 'important') counts.important.add(id);
        } else if (type === EXPLOIT_STATUS) {
          if (says(text, 'exploited')) counts.exploited.add(id);
          if (says(text, 'publicly disclosed')) counts.publiclyDisclosed.add(id);
        }
      }
    }
  }

  /** The counts of a product, citing `url`; null when the document names no fix for it. */
  of(product: ProductId, url: string): ReleaseSecurity | null {
    const c = this.#counts.get(product);
    if (c === undefined) return null;
    // A CVE rated Critical for one of the product's SKUs and Important for another counts as Critical.
    const important = [...c.important].filter((cve) => !c.critical.has(cve)).length;
    return {
      cves: c.cves.size,
      critical: c.critical.size,
      important,
      exploited: c.exploited.size,
      publiclyDisclosed: c.publiclyDisclosed.size,
      url,
    };
  }

  #countsOf(product: ProductId): Counts {
    let c = this.#counts.get(product);
    if (c === undefined) {
      c = {
        cves: new Set(),
        critical: new Set(),
        important: new Set(),
        exploited: new Set(),
        publiclyDisclosed: new Set(),
      };
      this.#counts.set(product, c);
    }
    return c;
  }
}
