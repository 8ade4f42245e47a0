import { createServer } from 'node:http';
import pg from 'pg';
import { answerParent } from './server-process.js';

/**
 * The raw baseline of the nested listing: `pg` and `node:http` answering the listing's JSON (the same
 * shape, values and order as the API's `data`) from one hand-written statement that builds it in
 * PostgreSQL. What the API is compared with: its cost is the database's and the bytes' alone.
 */
const LISTING_SQL = `
SELECT json_build_object('data', json_build_object('communities', coalesce(json_agg(json_build_object(
  'id', c.id, 'name', c.name, 'shortName', c.short_name,
  'partners', (SELECT coalesce(json_agg(json_build_object(
      'id', p.id, 'name', p.name, 'kind', p.kind, 'municipalityNumber', p.municipality_number,
      'population', (SELECT pp.population FROM partner_population pp WHERE pp.partner_id = p.id AND pp.year = $1)
    ) ORDER BY p.kind, p.name), '[]') FROM partner p WHERE p.community_id = c.id),
  'regionalCouncils', (SELECT coalesce(json_agg(json_build_object(
      'id', r.id, 'name', r.name,
      'members', (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.municipality_number), '[]')
                    FROM regional_council_member rm JOIN partner m ON m.id = rm.partner_id WHERE rm.regional_council_id = r.id)
    ) ORDER BY r.name), '[]') FROM regional_council r WHERE r.community_id = c.id),
  'organs', (SELECT coalesce(json_agg(json_build_object(
      'id', o.id, 'name', o.name, 'kind', o.kind,
      'seats', (SELECT coalesce(json_agg(json_build_object(
          'id', s.id, 'label', s.label, 'side', s.side, 'voting', s.voting,
          'holders', (SELECT coalesce(json_agg(json_build_object(
              'id', a.id, 'role', a.role, 'startsOn', a.starts_on, 'endsOn', a.ends_on,
              'person', json_build_object('id', pe.id, 'name', pe.name)
            ) ORDER BY a.starts_on, a.deputy_rank, a.created_at, a.id), '[]')
            FROM appointment a JOIN person pe ON pe.id = a.person_id
           WHERE a.seat_id = s.id AND a.starts_on <= $2 AND (a.ends_on IS NULL OR a.ends_on >= $2) AND a.cancelled_at IS NULL)
        ) ORDER BY s.position), '[]') FROM seat s WHERE s.organ_id = o.id)
    ) ORDER BY o.established_on, o.name), '[]') FROM organ o WHERE o.community_id = c.id)
) ORDER BY c.name), '[]'))) ::text AS body
FROM community c`;

const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 10 });

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { year: number; at: string } };
    pool.query<{ body: string }>(LISTING_SQL, [variables.year, variables.at]).then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(result.rows[0]?.body);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  answerParent(typeof address === 'object' && address ? address.port : 0, () => 1);
});
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
