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

@Injectable()
export class Geocoder {
  private readonly logger = new Logger(Geocoder.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.geocoderUrl !== undefined;
  }

  /** `postcode` is already normalised ("SW1A 1AA"). */
  async locate(postcode: string): Promise<GeocodeResult> {
    const base = this.config.geocoderUrl;
    if (!base) return { kind: 'not-configured' };
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
