/**
 * An alias two fields write the same way is read by the words around it: GCP
 * beside "ICH", "clinical" or an inspection is Good Clinical Practice, not
 * Google Cloud; "investigational product management" is handling a trial's
 * medicines, not product management; a CRA's "on-site monitoring" is not
 * observability. A software JD still reads GCP as Google Cloud.
 */
import { describe, expect, it } from 'vitest';
import { findTerms, hasTerm } from '../../../../src/server/coach/builtin/lexicon.js';
import { buildProfile } from '../../../../src/server/coach/builtin/profile.js';

const CLINICAL_JD = `Clinical Research Associate – Oncology
Northbridge Clinical Research

Responsibilities
- Monitor investigator sites for compliance with the protocol, ICH-GCP and local regulations.
- Oversee investigational product management: receipt, storage, accountability and destruction at site.
- Prepare sites for GCP inspections and sponsor audits.

Requirements
- 2+ years of on-site monitoring experience.
- Working knowledge of ICH GCP guidelines.
- Experience with investigational product accountability.
- Good Clinical Practice (GCP) certification.
`;

const CLINICAL_RESUME = `Priya Natarajan
Clinical Trial Pharmacist

Experience
Clinical Trial Pharmacist — St Anne's Hospital (2019 – 2024)
- Managed investigational product management for 14 oncology studies, including temperature excursions.
- Hosted two MHRA GCP inspections with no critical findings.
- Trained 20 pharmacy staff in ICH-GCP and protocol dispensing.

Skills
ICH-GCP, investigational product management, aseptic preparation
`;

const SOFTWARE_JD = `Platform Engineer — Larkspur Analytics

Responsibilities
- Run our data platform on GCP: GKE clusters, Cloud SQL and Pub/Sub.
- Automate infrastructure with Terraform.

Requirements
- 3+ years operating production services on GCP or AWS.
- Strong Kubernetes and Terraform.
- Experience with monitoring and alerting (Prometheus, Grafana).
`;

const SOFTWARE_RESUME = `Sam Ortega
Platform Engineer

Experience
Platform Engineer — Fernway (2020 – 2024)
- Moved 40 services from EC2 to GKE on GCP and cut hosting costs by 30%.
- Built monitoring for the checkout with Prometheus and Grafana.

Skills
GCP, Kubernetes, Terraform, Python
`;

describe('GCP, investigational products and monitoring in a clinical-trials JD and resume', () => {
  const p = buildProfile(CLINICAL_RESUME, CLINICAL_JD);
  const reqSkills = p.job.requirements.map((r) => r.skills);

  it('reads GCP as Good Clinical Practice, never as Google Cloud', () => {
    expect(p.resume.tools).not.toContain('gcp');
    expect(reqSkills.flat()).not.toContain('gcp');
    expect(reqSkills[1]).toContain('good clinical practice');
    expect(reqSkills[3]).toContain('good clinical practice');
  });

  it('reads "investigational product" as the trial medicines, not product management', () => {
    expect(p.resume.skills).not.toContain('product management');
    expect(reqSkills.flat()).not.toContain('product management');
    expect(reqSkills[2]).toContain('investigational product management');
  });

  it('reads on-site monitoring as site visits, not observability', () => {
    expect(reqSkills[0]).not.toContain('observability');
  });

  it('covers the requirements from the resume lines that show them', () => {
    const gap = (start: string) => p.gaps.find((g) => g.requirement.startsWith(start))!;
    expect(gap('Working knowledge of ICH GCP').covered).toBe(true);
    expect(gap('Working knowledge of ICH GCP').evidence).toContain('Hosted two MHRA GCP inspections with no critical findings.');
    expect(gap('Good Clinical Practice (GCP)').covered).toBe(true);
    expect(gap('Experience with investigational product').evidence).toContain('Managed investigational product management for 14 oncology studies, including temperature excursions.');
  });

  it('decides by the sentence the alias is in', () => {
    expect(findTerms('Prepare sites for GCP inspections.')).toEqual(['good clinical practice']);
    expect(hasTerm('Hosted two MHRA GCP inspections.', 'gcp')).toBe(false);
    // Cloud words in the same sentence keep the cloud reading, clinical data or not.
    expect(findTerms('Built a clinical trials data platform on GCP with BigQuery.')).toContain('gcp');
    expect(findTerms('Built a clinical trials data platform on GCP with BigQuery.')).not.toContain('good clinical practice');
    // A GCP in the next sentence is read on its own.
    expect(findTerms('Passed an MHRA inspection. Deployed the app to GCP.')).toContain('gcp');
    expect(findTerms('Led product management for the payments team.')).toContain('product management');
  });
});

describe('GCP and monitoring in a software JD and resume', () => {
  const p = buildProfile(SOFTWARE_RESUME, SOFTWARE_JD);

  it('still reads GCP as Google Cloud', () => {
    expect(p.resume.tools).toContain('gcp');
    expect(p.job.requirements[0]!.skills).toContain('gcp');
    expect(p.job.requirements.flatMap((r) => r.skills)).not.toContain('good clinical practice');
    expect(p.gaps[0]!.covered).toBe(true);
  });

  it('still reads monitoring as observability', () => {
    expect(p.job.requirements[2]!.skills).toContain('observability');
  });
});
