// A geocoder on loopback answering in postcodes.io's shape (GET /postcodes/<postcode>), for the offers specs
// and the browser journey: known postcodes → 200 with a result, others → 404, and a "down" switch that makes
// it answer slower than any timeout the tests set (and a 500 mode), so the app's fallback is tested for real.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Real places, rounded: enough for distances between them to be realistic. */
export const TEST_POSTCODES: Record<string, { latitude: number; longitude: number; region: string }> = {
  'YO1 7HH': { latitude: 53.9619, longitude: -1.0819, region: 'Yorkshire and The Humber' }, // York
  'LS1 1UR': { latitude: 53.7997, longitude: -1.5492, region: 'Yorkshire and The Humber' }, // Leeds
  'HG1 2RQ': { latitude: 53.9921, longitude: -1.5418, region: 'Yorkshire and The Humber' }, // Harrogate
  'M1 1AE': { latitude: 53.4808, longitude: -2.2426, region: 'North West' }, // Manchester
  'BS1 4DJ': { latitude: 51.4545, longitude: -2.5879, region: 'South West' }, // Bristol
  'SW1A 1AA': { latitude: 51.501, longitude: -0.1416, region: 'London' }, // London
  'EH1 1YZ': { latitude: 55.9533, longitude: -3.1883, region: 'Scotland' }, // Edinburgh
  'CF10 1EP': { latitude: 51.4816, longitude: -3.1791, region: 'Wales' }, // Cardiff
};

export interface TestGeocoder {
  url: string;
  /** 'up' answers; 'slow' never answers in time; 'error' answers 500. */
  mode: 'up' | 'slow' | 'error';
  requests: string[];
  close(): Promise<void>;
}

export async function startGeocoder(): Promise<TestGeocoder> {
  const state: TestGeocoder = { url: '', mode: 'up', requests: [], close: () => Promise.resolve() };
  const pending = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const match = /^\/postcodes\/([^/?]+)$/.exec(req.url ?? '');
    state.requests.push(req.url ?? '');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (state.mode === 'slow') {
      const timer = setTimeout(() => {
        pending.delete(timer);
        send(200, { status: 200, result: null });
      }, 5_000);
      pending.add(timer);
      return;
    }
    if (state.mode === 'error') return send(500, { status: 500, error: 'Internal server error' });
    const postcode = match ? decodeURIComponent(match[1]).toUpperCase() : '';
    const known = TEST_POSTCODES[postcode];
    if (!known) return send(404, { status: 404, error: 'Postcode not found' });
    send(200, { status: 200, result: { postcode, ...known, country: 'England' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
