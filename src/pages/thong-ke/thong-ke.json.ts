/** `/thong-ke/thong-ke.json`: every aggregate of the statistics page (fields documented in the README). */
import { buildStatistics } from '../../data/statistics-data.ts';

export async function GET() {
  return new Response(JSON.stringify(await buildStatistics(), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
