// npm run --silent tts: Markdown on stdin → loudspeaker-ready text on stdout (nothing else).
import { toSpeechText } from '../src/lib/speech/index.ts';
import { loadGlossary } from '../src/node/glossary.ts';

const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
try {
  const out = toSpeechText(Buffer.concat(chunks).toString('utf8'), loadGlossary());
  process.stdout.write(out ? out + '\n' : '');
} catch (e) {
  process.stderr.write(`tts: ${(e as Error).message}\n`);
  process.exit(1);
}
