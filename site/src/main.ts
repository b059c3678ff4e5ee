/**
 * The page: the library and its data running in the browser, no network. Plain DOM; every answer comes from
 * the same functions the CLI calls. The page reads the browser's clock and zone only for its defaults, and
 * `?asOf=` overrides the clock.
 */
import {
  ARCHITECTURES,
  HOTPATCH_POLICIES,
  LICENSES,
  MANAGEMENT,
  PRODUCT_IDS,
  catalogInfo,
  checkEligibility,
  getProduct,
  identifyBuild,
  isHotpatchError,
  isPatchedThrough,
  predictRestarts,
  safeParseCivilDate,
  yearCalendar,
  type ProductId,
  type YearCalendar,
} from 'hotpatch-calendar';
import { renderCsv, renderHtml, renderIcs, renderJson } from 'hotpatch-calendar/render';
import { WORDS, type PageLang } from './words.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const info = catalogInfo();

interface View {
  year: number;
  zone: string;
  lang: PageLang;
  products: ProductId[] | null;
}

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A parameter of the URL the page could not use, shown as a one-line message while the rest of the page works. */
let urlProblem: { name: string; value: string } | null = null;

/** `?asOf=` when it is a real date within the page's years (2021..2100), else the browser's day (and a message). */
function today(params: URLSearchParams): string {
  const asOf = params.get('asOf');
  const clock = new Date().toISOString().slice(0, 10);
  if (asOf === null || asOf === '') return clock;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? safeParseCivilDate(asOf) : null;
  if (parsed?.ok && parsed.value.year >= 2021 && parsed.value.year <= 2100) return asOf;
  urlProblem = { name: 'asOf', value: asOf };
  return clock;
}

function viewFromUrl(): View {
  const p = new URLSearchParams(location.search);
  const year = Number(p.get('year'));
  const products = (p.get('products') ?? '')
    .split(',')
    .filter((id): id is ProductId => (PRODUCT_IDS as readonly string[]).includes(id));
  return {
    year: Number.isInteger(year) && year >= 2021 && year <= 2100 ? year : Number(today(p).slice(0, 4)),
    zone: p.get('zone') || browserZone(),
    lang: p.get('lang') === 'de' ? 'de' : 'en',
    products: products.length > 0 ? products : null,
  };
}

function writeUrl(v: View): void {
  const p = new URLSearchParams(location.search);
  p.set('year', String(v.year));
  p.set('zone', v.zone);
  p.set('lang', v.lang);
  if (v.products) p.set('products', v.products.join(','));
  else p.delete('products');
  history.replaceState(null, '', `${location.pathname}?${p.toString()}`);
}

function option(value: string, text = value): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** Labels and headings in the page's language. */
function translate(lang: PageLang): void {
  const w = WORDS[lang];
  document.documentElement.lang = lang;
  document.title = w.title;
  $('page-title').textContent = w.title;
  const labels: Record<string, string> = {
    year: w.year,
    zone: w.zone,
    lang: w.lang,
    build: w.buildLabel,
    'd-product': w.product,
    'd-build': w.installedBuild,
    'd-edition': w.edition,
    'd-architecture': w.architecture,
    'd-license': w.license,
    'd-management': w.management,
    'd-policy': w.policy,
    'd-vbs': w.vbs,
    'd-asof': w.asOf,
  };
  for (const [id, text] of Object.entries(labels)) {
    const label = document.querySelector(`label[for="${id}"]`);
    if (label) label.textContent = text;
  }
  (document.querySelector('fieldset.products legend') as HTMLElement).textContent = w.products;
  ($('choices').querySelector('button') as HTMLElement).textContent = w.show;
  ($('build-form').querySelector('button') as HTMLElement).textContent = w.lookUp;
  ($('device-form').querySelector('button') as HTMLElement).textContent = w.predict;
  $('build-heading').textContent = w.buildHeading;
  $('device-heading').textContent = w.deviceHeading;
  $('downloads').setAttribute('aria-label', w.downloads);
  const vbs = $<HTMLSelectElement>('d-vbs');
  (vbs.options[0] as HTMLOptionElement).textContent = w.yes;
  (vbs.options[1] as HTMLOptionElement).textContent = w.no;
  const newest = PRODUCT_IDS.map((id) => info.products[id].newestMonth.hotpatch ?? '')
    .concat(PRODUCT_IDS.map((id) => info.products[id].newestMonth.standard ?? ''))
    .sort()
    .at(-1);
  $('data-line').textContent = w.dataLine(info.retrieved, newest ?? '—');
  $('host-line').textContent = w.hostLine;
}

let downloadUrls: string[] = [];

function downloads(cal: YearCalendar, lang: PageLang): void {
  for (const url of downloadUrls) URL.revokeObjectURL(url);
  downloadUrls = [];
  const nav = $('downloads');
  nav.replaceChildren(el('span', `${WORDS[lang].downloads}: `));
  const files: [string, string, string][] = [
    ['ics', 'text/calendar', renderIcs(cal, { locale: lang })],
    ['csv', 'text/csv', renderCsv(cal)],
    ['json', 'application/json', renderJson(cal)],
  ];
  for (const [ext, type, text] of files) {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    downloadUrls.push(url);
    const a = el('a', `.${ext}`, { href: url, download: `hotpatch-calendar-${cal.year}.${ext}`, 'data-format': ext });
    nav.append(a, ' ');
  }
}

function showCalendar(v: View): void {
  const zoneError = $('zone-error');
  let cal: YearCalendar;
  try {
    cal = yearCalendar(v.year, { zone: v.zone, ...(v.products ? { products: v.products } : {}) });
    zoneError.hidden = urlProblem === null;
    if (urlProblem) zoneError.textContent = WORDS[v.lang].paramError(urlProblem.name, urlProblem.value);
  } catch (error) {
    if (isHotpatchError(error) && error.code === 'E_ZONE') {
      zoneError.textContent = WORDS[v.lang].zoneError(v.zone);
      zoneError.hidden = false;
      return;
    }
    throw error;
  }
  const doc = new DOMParser().parseFromString(renderHtml(cal, { locale: v.lang }), 'text/html');
  $('calendar-style').textContent = doc.querySelector('style')?.textContent ?? '';
  const heading = doc.querySelector('h1');
  if (heading) heading.outerHTML = `<h2>${heading.innerHTML}</h2>`;
  $('calendar').replaceChildren(...Array.from(doc.body.childNodes));
  downloads(cal, v.lang);
  writeUrl(v);
}

function showBuild(text: string, lang: PageLang): void {
  const w = WORDS[lang];
  const out = $('build-result');
  out.replaceChildren();
  if (text.trim() === '') return;
  let id: ReturnType<typeof identifyBuild>;
  try {
    id = identifyBuild(text.trim());
  } catch {
    out.append(el('p', w.notABuild(text.trim()), { class: 'error', 'data-known': 'false' }));
    return;
  }
  if (id.matches.length === 0) {
    out.append(el('p', w.unknownBuild(id.build, id.candidates.join(', ')), { 'data-known': 'false' }));
    return;
  }
  out.append(el('p', w.buildIs(id.build), { 'data-known': 'true' }));
  const list = el('ul');
  for (const m of id.matches) {
    const li = el('li', undefined, { 'data-product': m.product, 'data-kb': m.kb ?? '', 'data-channel': m.channel });
    const month = `${m.month.year}-${String(m.month.month).padStart(2, '0')}`;
    li.append(`${getProduct(m.product).displayName}, ${month}, ${w.channel[m.channel]}, ${m.kind}: `);
    const kbUrl = m.urls.find((u) => /support\.microsoft\.com\/help\//.test(u)) ?? m.urls[0];
    if (m.kb && kbUrl) li.append(el('a', m.kb, { href: kbUrl, rel: 'noreferrer' }));
    else li.append(m.kb ?? '—');
    const newest = [info.products[m.product].newestMonth.hotpatch, info.products[m.product].newestMonth.standard]
      .filter((x): x is string => x !== null)
      .sort()
      .at(-1);
    if (newest) {
      const patched = isPatchedThrough(id.build, m.product, newest);
      li.append(el('br'), el('span', patched ? w.patchedThrough(newest) : w.notPatchedThrough(newest), { 'data-patched': String(patched) }));
    }
    list.append(li);
  }
  out.append(list);
}

function showDevice(lang: PageLang): void {
  const w = WORDS[lang];
  const out = $('device-result');
  out.replaceChildren();
  const value = (id: string): string => $<HTMLInputElement | HTMLSelectElement>(id).value;
  const asOf = value('d-asof');
  try {
    const device = {
      product: value('d-product') as ProductId,
      edition: value('d-edition'),
      architecture: value('d-architecture') as (typeof ARCHITECTURES)[number],
      build: value('d-build').trim(),
      license: value('d-license') as (typeof LICENSES)[number],
      vbsRunning: value('d-vbs') === 'true',
      hotpatchPolicy: value('d-policy') as (typeof HOTPATCH_POLICIES)[number],
      management: value('d-management') as (typeof MANAGEMENT)[number],
    };
    const eligibility = checkEligibility(device, { asOf });
    out.append(
      el('p', eligibility.eligible ? w.eligible : w.notEligible(eligibility.reasons.map((r) => r.code).join(', ')), {
        'data-eligible': String(eligibility.eligible),
      }),
    );
    const end = `${Number(asOf.slice(0, 4)) + 1}${asOf.slice(4)}`.replace(/-02-29$/, '-02-28');
    const restarts = predictRestarts(device, { from: asOf, to: end });
    if (restarts.length === 0) {
      out.append(el('p', w.noRestart));
      return;
    }
    out.append(el('p', w.nextRestarts));
    const list = el('ol', undefined, { class: 'restarts' });
    for (const r of restarts) {
      const date = `${r.date.year}-${String(r.date.month).padStart(2, '0')}-${String(r.date.day).padStart(2, '0')}`;
      list.append(
        el('li', `${date}: ${w.reasons[r.reason]}${r.release.kb ? ` (${r.release.kb})` : ''}`, { 'data-reason': r.reason }),
      );
    }
    out.append(list);
  } catch (error) {
    out.append(el('p', w.deviceError(error instanceof Error ? error.message : String(error)), { class: 'error' }));
  }
}

function init(): void {
  const params = new URLSearchParams(location.search);
  const v = viewFromUrl();
  const style = document.createElement('style');
  style.id = 'calendar-style';
  document.head.append(style);
  const zones = $('zones');
  for (const z of Intl.supportedValuesOf('timeZone')) zones.append(option(z));
  $<HTMLInputElement>('year').value = String(v.year);
  $<HTMLInputElement>('zone').value = v.zone;
  $<HTMLSelectElement>('lang').value = v.lang;
  // With no products in the URL, the calendar's own default: the products in the program that year.
  const defaults = [...new Set(yearCalendar(v.year).rows.map((r) => r.product))];
  const boxes = $('product-boxes');
  for (const id of PRODUCT_IDS) {
    const box = el('input', undefined, { type: 'checkbox', id: `p-${id}`, name: 'products', value: id });
    (box as HTMLInputElement).checked = (v.products ?? defaults).includes(id);
    const label = el('label', getProduct(id).displayName, { for: `p-${id}` });
    const row = el('div', undefined, { class: 'check' });
    row.append(box, label);
    boxes.append(row);
  }
  for (const id of PRODUCT_IDS) $('d-product').append(option(id, getProduct(id).displayName));
  for (const a of ARCHITECTURES) $('d-architecture').append(option(a));
  for (const l of LICENSES) $('d-license').append(option(l));
  for (const m of MANAGEMENT) $('d-management').append(option(m));
  for (const p of HOTPATCH_POLICIES) $('d-policy').append(option(p));
  $<HTMLSelectElement>('d-license').value = 'microsoft-365-e3';
  $<HTMLSelectElement>('d-management').value = 'intune';
  $<HTMLInputElement>('d-build').value = '26100.7623';
  $<HTMLInputElement>('d-asof').value = today(params);
  translate(v.lang);
  showCalendar(v);

  // A changed choice applies at once (year, language, a product box, the zone when it is left or confirmed);
  // Show stays for the keyboard (Enter) and for people who look for a button.
  const apply = (): void => {
    const checked = PRODUCT_IDS.filter((id) => $<HTMLInputElement>(`p-${id}`).checked);
    const lang: PageLang = $<HTMLSelectElement>('lang').value === 'de' ? 'de' : 'en';
    const year = Number($<HTMLInputElement>('year').value);
    const next: View = {
      year: Number.isInteger(year) && year >= 2021 && year <= 2100 ? year : v.year,
      zone: $<HTMLInputElement>('zone').value.trim() || browserZone(),
      lang,
      products: checked.length === 0 ? null : checked,
    };
    Object.assign(v, next);
    translate(lang);
    showCalendar(v);
  };
  $('choices').addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  $('choices').addEventListener('change', apply);
  $('build-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showBuild($<HTMLInputElement>('build').value, v.lang);
  });
  $('device-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showDevice(v.lang);
  });
  const build = params.get('build');
  if (build) {
    $<HTMLInputElement>('build').value = build;
    showBuild(build, v.lang);
  }
}

init();
