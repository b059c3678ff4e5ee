import { describe, expect, it } from 'vitest';
import { _looksLikeHotpatchProduct, _productOfMsrcName } from '../../src/importers/msrc-products.js';

// MSRC's product names (the CVRF ProductTree of a monthly release, e.g. 2026-Aug) mapped to hotpatch products.
describe('MSRC product names', () => {
  it('each hotpatch product by its names per architecture and installation', () => {
    const cases: [string, string | null][] = [
      ['Windows 11 Version 24H2 for x64-based Systems', 'windows-11-24h2'],
      ['Windows 11 Version 24H2 for ARM64-based Systems', 'windows-11-24h2'],
      ['Windows 11 Version 25H2 for x64-based Systems', 'windows-11-25h2'],
      ['Windows 11 Version 26H2 for ARM64-based Systems', 'windows-11-26h2'],
      ['Windows Server 2025', 'windows-server-2025'],
      ['Windows Server 2025 (Server Core installation)', 'windows-server-2025'],
      ['Windows Server 2025 Datacenter: Azure Edition (Hotpatch)', 'windows-server-2025'],
      ['Windows Server 2022', 'windows-server-2022-azure-edition'],
      ['Windows Server 2022 (Server Core installation)', 'windows-server-2022-azure-edition'],
      ['Windows Server 2022 Datacenter: Azure Edition (Hotpatch)', 'windows-server-2022-azure-edition'],
      ['  Windows Server 2025  ', 'windows-server-2025'],
      ['windows 11 version 24h2 for x64-based systems', 'windows-11-24h2'],
      ['Windows 11 Version 23H2 for x64-based Systems', null],
      ['Windows 10 Version 22H2 for x64-based Systems', null],
      ['Windows Server 2019', null],
      ['Microsoft .NET Framework 4.8.1 on Windows 11 Version 24H2 for x64-based Systems', null],
      ['Windows 11 Version 24H2 for x64-based Systems (Preview)', null],
    ];
    for (const [name, id] of cases) expect(_productOfMsrcName(name), name).toBe(id);
  });
  it('names worth a warning: a newer Windows 11 version, or anything named for hotpatch or Azure Edition', () => {
    for (const name of [
      'Windows 11 Version 27H2 for x64-based Systems',
      'Windows 11 Version 30H1 for ARM64-based Systems',
      'Windows Server 2028 Datacenter: Azure Edition',
      'Some Product (Hotpatch)',
    ])
      expect(_looksLikeHotpatchProduct(name), name).toBe(true);
    for (const name of [
      'Windows 11 Version 23H2 for x64-based Systems',
      'Windows 10 Version 22H2 for x64-based Systems',
      'Windows Server 2019',
      'Microsoft Office 2019',
      'Windows 11 Version 27H2',
    ])
      expect(_looksLikeHotpatchProduct(name), name).toBe(false);
  });
});

describe('names that only look like a new product', () => {
  it('a new Windows 11 version is flagged only when the name starts with it', () => {
    expect(_looksLikeHotpatchProduct('Windows 11 Version 27H2 for x64-based Systems')).toBe(true);
    expect(_looksLikeHotpatchProduct('Microsoft Windows 11 Version 27H2 for x64-based Systems')).toBe(false);
  });
});
