/** Windows 11's release-information page: the source the test entries cite. */
export const W11_RELEASE_INFO =
  'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information';

/** A format-1 catalog entry (the shape of 0.1 overlays), every field written out: May 2027, unplanned baseline. */
export const FORMAT_1_ENTRY = {
  product: 'windows-11-24h2',
  channel: 'hotpatch',
  month: '2027-05',
  kind: 'unplanned-baseline',
  kb: null,
  build: null,
  date: '2027-05-11',
  restartRequired: true,
  urls: [W11_RELEASE_INFO],
} as const;
