/**
 * Documents the browser tests upload: a one-page resume PDF drawn with pdf-lib
 * and a job description, both written for this project. The resume and the JD
 * share some requirements (PostgreSQL, Kafka) and miss others (Kubernetes), so
 * the gap map has both covered and uncovered rows.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const RESUME_LINES = [
  'Dana Okafor',
  'dana.okafor@example.org - Bristol, UK',
  '',
  'EXPERIENCE',
  'Senior Backend Engineer - Tidewater Payments, Bristol (2020 - present)',
  '- Led the move of the settlement service to PostgreSQL logical replication, cutting failover time from 40 minutes to 90 seconds.',
  '- Built a Kafka pipeline that reconciles 3 million card transactions a day.',
  '- Mentored four engineers; ran the weekly design review.',
  '',
  'Software Engineer - Harbour Logistics, Cardiff (2016 - 2020)',
  '- Wrote the TypeScript API for route planning used by 1,200 drivers.',
  '- Reduced p99 latency of the tracking API from 800 ms to 120 ms.',
  '',
  'SKILLS',
  'TypeScript, Node.js, PostgreSQL, Kafka, Docker, AWS',
];

export const JOB_DESCRIPTION = `Staff Backend Engineer - Ledger Platform
Company: Kestrel Bank

Responsibilities
- Design and run fault-tolerant payment services.
- Mentor engineers and lead design reviews.

Requirements
- 7+ years of backend engineering experience.
- Strong experience with PostgreSQL and distributed systems.
- Experience running Kubernetes in production.
- Experience with Docker and Terraform.
- Experience with Kafka or similar event streaming.
`;

/** Wrap a line to the page width, using the font's real glyph widths. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  out.push(line);
  return out;
}

/** A one-page, text-based (extractable) resume PDF. */
export async function makeResumePdf(lines: string[] = RESUME_LINES): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Resume');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const size = 10.5;
  let y = 800;
  for (const line of lines) {
    for (const part of wrap(line, 495, (s) => font.widthOfTextAtSize(s, size))) {
      page.drawText(part, { x: 50, y, size, font });
      y -= size * 1.5;
    }
  }
  return Buffer.from(await pdf.save());
}

/** A strong STAR+I answer about a failover project, written for these tests. */
export const STRONG_ANSWER = [
  'At Tidewater Payments our settlement database took forty minutes to fail over, and every outage stopped card payouts.',
  'I was asked to bring failover under two minutes before the peak season.',
  'I designed the move to PostgreSQL logical replication, wrote the runbook, and I rehearsed the switchover with the on-call team every week for a month.',
  'As a result failover dropped from 40 minutes to 90 seconds, and we had zero missed payouts that quarter.',
  'I learned to rehearse risky changes until they are boring.',
].join(' ');
