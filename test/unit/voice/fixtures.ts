/** Small documents written for the voice tests. */
export const RESUME = `Marta Okonkwo
marta.okonkwo@example.net · Bristol, UK

EXPERIENCE
Support Operations Lead — Tidewater Telecom, Bristol (2020 – present)
- Cut average first-response time from 9 hours to 40 minutes by rebuilding the triage rota.
- Ran a team of 11 agents across two time zones.
- Wrote the escalation playbook now used by 3 regional offices.

Customer Support Agent — Brightmoor Energy, Cardiff (2016 – 2020)
- Resolved about 60 tickets a day with a 96% satisfaction score.

SKILLS
Zendesk, SQL, rota planning, coaching, incident communication
`;

export const JOB = `Customer Experience Manager — Harbourline Ferries

About the role
You will lead a team of 15 support agents and own the customer journey from booking to boarding.

Requirements
- 3+ years leading customer support teams
- Experience with Zendesk or a similar help desk
- Clear written communication during incidents

Nice to have
- Experience in travel or transport
`;
