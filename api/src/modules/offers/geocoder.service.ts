// Postcode → latitude/longitude through a geocoder with postcodes.io's API shape (GEOCODER_URL):
// GET <url>/postcodes/<postcode> answers 200 { result: { latitude, longitude } } or 404 for an unknown one.
// Called before any transaction opens, with a timeout (GEOCODER_TIMEOUT_MS): a slow or failing geocoder never
// holds a database connection, and never stops an offer being saved (it is saved UNAVAILABLE; see offers.service.ts).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';

export type GeocodeResult =
  | { kind: 'located'; latitude: number; longitude: number }
  | { kind: 'not-found' }
  | { kind: 'unavailable' }
  | { kind: 'not-configured' };

interface PostcodesIoAnswer {
  status?: number;
  result?: { latitude?: unknown; longitude?: unknown } | null;
}

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** Located postcodes are remembered (they do not move): searches from the same postcode skip the round trip. */
const CACHE_SIZE = 2000;
const CACHE_MS = 24 * 3600_000;

@Injectable()
export class Geocoder {
  private readonly logger = new Logger(Geocoder.name);
  private readonly cache = new Map<string, { at: number; result: GeocodeResult }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.geocoderUrl !== undefined;
  }

  /**
   * `postcode` is already normalised ("SW1A 1AA"). `cached`: a search may reuse a recent answer; saving an
   * offer always asks.
   */
  async locate(postcode: string, { cached = false }: { cached?: boolean } = {}): Promise<GeocodeResult> {
    const base = this.config.geocoderUrl;
    if (!base) return { kind: 'not-configured' };
    const hit = cached ? this.cache.get(postcode) : undefined;
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.result;
    const result = await this.ask(base, postcode);
    if (result.kind === 'located') {
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(postcode, { at: Date.now(), result });
    }
    return result;
  }

  private async ask(base: string, postcode: string): Promise<GeocodeResult> {
    try {
      const res = await fetch(`${base}/postcodes/${encodeURIComponent(postcode)}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.config.geocoderTimeoutMs),
      });
      if (res.status === 404) {
        await res.body?.cancel();
        return { kind: 'not-found' };
      }
      if (!res.ok) {
        await res.body?.cancel();
        this.logger.warn(`Geocoder answered HTTP ${res.status}`);
        return { kind: 'unavailable' };
      }
      const body = (await res.json()) as PostcodesIoAnswer;
      const latitude = body.result?.latitude;
      const longitude = body.result?.longitude;
      if (isCoordinate(latitude, 90) && isCoordinate(longitude, 180)) return { kind: 'located', latitude, longitude };
      // postcodes.io answers 200 with null coordinates for a few real postcodes (e.g. Channel Islands).
      return { kind: 'not-found' };
    } catch (error) {
      this.logger.warn(`Geocoder did not answer: ${(error as Error).name}`);
      return { kind: 'unavailable' };
    }
  }
}
