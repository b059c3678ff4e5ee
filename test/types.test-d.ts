import { describe, expectTypeOf, it } from 'vitest';
import {
  forecastFleetSync,
  releaseFor,
  safeParseBuild,
  type Build,
  type FleetResult,
  type HotpatchError,
  type ProductId,
  type Release,
} from '../src/index.js';

describe('public types', () => {
  it('safeParse* results narrow on ok', () => {
    const r = safeParseBuild('26100.1');
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Build>();
    else expectTypeOf(r.error).toEqualTypeOf<HotpatchError>();
  });
  it('fleet results narrow on ok', () => {
    const [r] = [...forecastFleetSync([], { asOf: { year: 2026, month: 1, day: 1 } })] as FleetResult[];
    if (r?.ok) expectTypeOf(r.product).toEqualTypeOf<ProductId | null>();
    else if (r) expectTypeOf(r.error.code).toEqualTypeOf<string>();
  });
  it('product ids are a closed union', () => {
    expectTypeOf<'windows-11-24h2'>().toMatchTypeOf<ProductId>();
    expectTypeOf<'windows-xp'>().not.toMatchTypeOf<ProductId>();
    expectTypeOf(releaseFor).parameter(0).toEqualTypeOf<ProductId>();
  });
  it('releases carry nullable KB and build', () => {
    expectTypeOf<Release['kb']>().toEqualTypeOf<string | null>();
    expectTypeOf<Release['source']>().toEqualTypeOf<'published' | 'override' | 'projected' | 'unknown'>();
    expectTypeOf<Release['restartRequired']>().toEqualTypeOf<boolean | null>();
  });
});
