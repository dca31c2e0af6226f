import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pg from 'pg';

/**
 * The baseline of `bench:api`, in a process of its own (like the portal, so neither shares an
 * event loop with the load generator): a bare Apollo Server whose one resolver does one SELECT of
 * 20 threads through pg. Reads DATABASE_URL and PORT; prints "ready" when listening.
 */
async function main(): Promise<void> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const server = new ApolloServer({
    typeDefs: `type Thread { id: ID! title: String! replyCount: Int! lastPostAt: String! }
               type Query { threads: [Thread!]! }`,
    resolvers: {
      Query: {
        threads: async () =>
          (
            await pool.query<{ id: string; title: string; reply_count: number; last_post_at: Date }>(
              `SELECT id, title, reply_count, last_post_at FROM discussion_thread ORDER BY last_post_at DESC LIMIT 20`,
            )
          ).rows.map((r) => ({
            id: r.id,
            title: r.title,
            replyCount: r.reply_count,
            lastPostAt: r.last_post_at.toISOString(),
          })),
      },
    },
  });
  await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    void server
      .stop()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
}

void main();
