/**
 * More interview-domain synonym groups, written for this project, in the same
 * format and under the same rules as THESAURUS (thesaurus.ts): one sense per
 * group, specific members, the first member names the group and differs from
 * every THESAURUS group name. It covers roles beyond software (healthcare,
 * finance, HR, marketing, teaching, logistics, manufacturing, retail and
 * hospitality, legal, public sector, construction, customer success) and
 * interview themes the base list misses. It was written blind to the retrieval
 * evaluation fixture: from how people in these roles talk, not from test queries.
 *
 * Two matching rules of expand.ts shaped the members. Members match on stems,
 * so a word whose stem collides with another sense is left out ("shipping" →
 * "ship", "customs" → "custom", "influencer" → "influence", "volunteers" →
 * "volunteered"). And a phrase found in a query hides the words inside it, so
 * a phrase is listed only when it means more than its words ("accounts
 * payable", "difficult conversation", "pivot table"); a phrase that merely
 * combines a THESAURUS word with a modifier ("over budget", "medication
 * error", "time to hire") would hide that word's group and is left out.
 */
export const THESAURUS_EXTRA: readonly (readonly string[])[] = [
  // --- healthcare, nursing, clinic administration
  ['nurse', 'nursing', 'rn', 'registered nurse', 'staff nurse', 'charge nurse', 'ward sister', 'lpn', 'nurse practitioner', 'midwife', 'midwives'],
  ['clinician', 'doctor', 'physician', 'gp', 'general practitioner', 'surgeon', 'consultant physician', 'junior doctor'],
  ['carer', 'caregiver', 'care worker', 'care assistant', 'healthcare assistant', 'hca', 'nursing assistant', 'cna', 'support worker'],
  ['patient experience', 'patient care', 'quality of care', 'standard of care', 'bedside manner', 'compassionate care', 'person-centred care', 'person-centered care', 'patient-centred', 'patient-centered'],
  ['adverse event', 'wrong dose', 'clinical incident', 'never event', 'patient safety'],
  ['prescription', 'medicines', 'prescribing', 'dispensing', 'drug round', 'medication round', 'medication administration', 'controlled drugs', 'pharmacy', 'pharmacist'],
  ['medical billing', 'medical coding', 'clinical coding', 'icd-10', 'cpt codes', 'prior authorization', 'prior authorisation', 'claim denials', 'denied claims', 'revenue cycle', 'insurance verification'],
  ['missed appointment', 'no-show', 'no show', 'did not attend', 'dna rate', 'late cancellations'],
  ['waiting list', 'waitlist', 'waiting times', 'referral to treatment', 'patient backlog'],
  ['shift handover', 'handover', 'handoff', 'sbar', 'end of shift', 'shift change'],
  ['safeguarding', 'vulnerable adult', 'child protection', 'duty of care', 'welfare concern', 'welfare check'],

  // --- staffing and scheduling (healthcare, retail, hospitality, warehouses)
  ['understaffed', 'short-staffed', 'under-staffed', 'staffing levels', 'staff shortage', 'skeleton crew', 'agency staff', 'bank staff', 'unfilled shifts'],
  ['rota', 'roster', 'rostering', 'shift pattern', 'night shift', 'shift cover', 'shift swap', 'staff schedule'],
  ['temporary staff', 'temps', 'temp workers', 'seasonal staff', 'seasonal workers', 'casual staff', 'part-timers', 'part-time staff', 'zero-hours', 'zero hours'],
  ['absence', 'absenteeism', 'sickness absence', 'sick leave', 'sick days', 'poor attendance', 'attendance issues', 'attendance management', 'punctuality', 'truancy'],

  // --- finance, accounting, audit
  ['accounts payable', 'purchase ledger', 'payment run', 'three-way match', '3-way match', 'invoice approval'],
  ['accounts receivable', 'sales ledger', 'debtors', 'overdue invoices', 'unpaid invoices', 'late payers', 'dunning', 'credit control', 'debt collection', 'days sales outstanding', 'dso'],
  ['invoice', 'invoicing', 'credit note', 'credit notes', 'proforma'],
  ['month-end', 'month end', 'month-end close', 'year-end', 'year end', 'quarter-end', 'quarter end', 'closing the books', 'period close', 'financial close'],
  ['reconciliation', 'reconcile', 'reconciling', 'bank reconciliation', 'bank rec', 'balance sheet reconciliation', 'unreconciled'],
  ['discrepancy', 'mismatch', 'did not match', 'did not add up', 'out of balance'],
  ['audit', 'auditor', 'internal audit', 'external audit', 'audit finding', 'audit committee', 'audit trail', 'sox', 'sarbanes-oxley', 'statutory audit'],
  ['business case', 'investment case', 'investment proposal', 'funding request', 'capex', 'capital expenditure'],
  ['payroll', 'pay run', 'payrun', 'wages', 'paycheck', 'payslip', 'pay slip', 'pay stub'],
  ['fraud', 'fraudulent', 'embezzlement', 'misappropriation', 'scam', 'kickback', 'forgery'],
  ['expense claims', 'expense report', 'reimbursement', 'receipts', 'corporate card', 'company card', 'purchase card'],
  ['procurement', 'purchasing team', 'purchasing department', 'purchase order', 'buying team', 'purchase requisition'],
  ['tender', 'tendering', 'rfp', 'rfq', 'request for proposal', 'request for quotation', 'invitation to tender', 'competitive bid', 'bidding'],
  ['financial reporting', 'management accounts', 'board pack', 'statutory accounts', 'annual report', 'financial statements', 'ifrs', 'gaap', 'us gaap'],

  // --- HR and recruiting
  ['human resources', 'hr', 'people team', 'people ops', 'people operations', 'personnel', 'hrbp', 'hr business partner'],
  ['job description', 'job spec', 'job posting', 'job ad', 'job advert', 'vacancy', 'vacancies', 'open role', 'requisition'],
  ['phone screen', 'cv screening', 'resume screening', 'cv sift', 'sifting', 'shortlist', 'screening call'],
  ['structured interview', 'interview panel', 'panel interview', 'interview rubric', 'interview scorecard', 'competency-based interview', 'assessment centre', 'assessment center', 'take-home task'],
  ['talent pipeline', 'candidate pipeline', 'talent pool', 'time to fill', 'candidate sourcing', 'talent sourcing', 'headhunter', 'headhunted', 'executive search', 'search firm'],
  ['induction', 'welcome pack', 'buddy system', 'first 90 days', 'induction programme', 'induction program'],
  ['employee relations', 'grievance', 'disciplinary', 'disciplinary hearing', 'formal complaint', 'hr investigation', 'misconduct', 'gross misconduct', 'employment tribunal', 'tribunal'],
  ['performance management', 'managing performance', 'capability process', 'written warning', 'verbal warning', 'final warning', 'formal warning', 'improvement plan'],
  ['harassment', 'harassed', 'bullying', 'bullied', 'discrimination', 'discriminated', 'hostile work environment', 'inappropriate behaviour', 'inappropriate behavior', 'microaggression'],
  ['compensation', 'salary', 'pay rise', 'pay increase', 'pay review', 'pay band', 'pay equity', 'pay gap', 'bonus', 'stock options', 'benefits package', 'pension'],
  ['staff turnover', 'employee turnover', 'staff attrition', 'employee attrition', 'regretted attrition', 'resignation', 'resigned', 'handed in notice', 'handed in my notice', 'leavers', 'exit interview', 'employee retention'],
  ['succession planning', 'succession plan', 'successor', 'talent review', 'nine box', '9-box', 'high potentials', 'bench strength'],
  ['career development', 'career growth', 'career path', 'career progression', 'career ladder', 'progression framework', 'development plan', 'personal development plan', 'pdp', 'idp', 'growth plan'],
  ['trade union', 'unionised', 'unionized', 'collective bargaining', 'works council', 'shop steward', 'industrial action', 'union representative'],

  // --- marketing, growth, content, SEO
  ['seo', 'search engine optimisation', 'search engine optimization', 'organic search', 'organic traffic', 'search rankings', 'google rankings', 'keyword research', 'backlinks', 'serp'],
  ['paid acquisition', 'paid media', 'paid search', 'paid social', 'ppc', 'pay per click', 'sem', 'google ads', 'adwords', 'facebook ads'],
  ['cac', 'customer acquisition cost', 'cost per acquisition', 'cost per lead', 'cpl', 'cost per click', 'cpc', 'roas', 'return on ad spend', 'ltv', 'lifetime value'],
  ['content marketing', 'blog', 'blog post', 'copywriting', 'copywriter', 'whitepaper', 'white paper', 'case study', 'ebook', 'editorial calendar', 'content calendar'],
  ['social media', 'twitter', 'linkedin', 'instagram', 'tiktok', 'facebook', 'youtube', 'social channels', 'community manager'],
  ['brand', 'branding', 'rebrand', 'brand identity', 'brand guidelines', 'brand awareness', 'tone of voice', 'brand voice'],
  ['lead generation', 'lead gen', 'demand generation', 'demand gen', 'mql', 'marketing qualified lead', 'inbound leads', 'top of funnel', 'top of the funnel'],
  ['email marketing', 'newsletter', 'email campaign', 'mailing list', 'drip campaign', 'nurture sequence', 'mailchimp', 'open rate', 'click-through rate', 'click through rate', 'ctr', 'unsubscribes'],
  ['market research', 'market sizing', 'tam', 'total addressable market', 'focus group', 'customer survey', 'consumer research'],
  ['competitor analysis', 'competitive analysis', 'competitive landscape', 'competitor', 'market share', 'competitive intelligence'],
  ['public relations', 'press release', 'press coverage', 'media coverage', 'journalist', 'media relations', 'press office'],

  // --- teaching, training, learning and development
  ['lesson plan', 'lesson planning', 'scheme of work', 'schemes of work', 'curriculum', 'curricula', 'syllabus', 'unit plan', 'course design'],
  ['student', 'pupil', 'learner', 'trainee', 'tutees'],
  ['class', 'classes', 'lesson', 'lessons'],
  ['cpd', 'continuing professional development', 'inset day', 'inset training', 'staff training', 'twilight session', 'training day', 'professional development session'],
  ['lesson observation', 'observed lesson', 'graded observation', 'learning walk', 'requires improvement', 'drop-in observation'],
  ['teacher', 'educator', 'lecturer', 'instructor', 'faculty', 'trainer', 'headteacher', 'head teacher', 'head of department', 'head of year'],
  ['classroom management', 'behaviour management', 'behavior management', 'disruptive student', 'disruptive behaviour', 'disruptive behavior', 'challenging behaviour', 'challenging behavior', 'detention'],
  ['differentiated instruction', 'differentiated lessons', 'mixed ability', 'mixed-ability', 'ability groups', 'stretch and challenge'],
  ['special educational needs', 'sen', 'senco', 'iep', 'individualized education program', 'individual education plan', 'ehcp', 'learning support', 'learning difficulties', 'learning disability', 'dyslexia'],
  ['neurodivergent', 'neurodiverse', 'neurodiversity', 'adhd', 'autism', 'autistic', 'reasonable adjustments', 'reasonable accommodations'],
  ['grades', 'grading', 'exam results', 'exam', 'test scores', 'attainment', 'pass rate', 'gcse', 'standardised tests', 'standardized tests'],
  ['instructional design', 'instructional designer', 'learning design', 'learning designer', 'learning objectives', 'learning outcomes', 'addie'],
  ['learning and development', 'skills gap', 'skills matrix', 'capability building', 'academy', 'tna'],

  // --- logistics, warehouse, supply chain
  ['supply chain', 'logistics', 'supply network', 'end-to-end supply'],
  ['order fulfilment', 'order fulfillment', 'fulfilment', 'fulfillment', 'pick and pack', 'packing', 'dispatch', 'despatch', 'pick rate', 'picks per hour'],
  ['warehouse', 'warehousing', 'distribution centre', 'distribution center', 'fulfilment centre', 'fulfillment center', 'depot', 'stockroom', 'storeroom', 'wms', 'warehouse management system'],
  ['inventory', 'stock levels', 'stock control', 'stocktake', 'stock take', 'stock-take', 'cycle count', 'sku', 'inventory accuracy'],
  ['stockout', 'stock-out', 'out of stock', 'backorder', 'back order', 'stock shortage', 'parts shortage', 'material shortage', 'supply disruption'],
  ['freight', 'shipment', 'carrier', 'courier', 'haulier', 'haulage', 'freight forwarder', '3pl', 'third-party logistics'],
  ['fleet', 'fleet management', 'vehicles', 'vans', 'lorry', 'lorries', 'truck', 'hgv', 'delivery drivers', 'route planning', 'route optimisation', 'route optimization', 'last mile', 'last-mile'],
  ['on-time delivery', 'on time delivery', 'otif', 'on time in full', 'late deliveries', 'late delivery', 'missed deliveries', 'failed deliveries'],
  ['product returns', 'returned items', 'returned goods', 'reverse logistics', 'rma', 'return rate'],

  // --- manufacturing, quality
  ['streamline', 'streamlined', 'kaizen', 're-engineered', 'reengineering', 'removed steps', 'fewer steps', 'eliminated waste'],
  ['lean methodology', 'lean manufacturing', 'lean principles', 'six sigma', 'lean six sigma', 'dmaic', 'value stream mapping', 'value stream', 'green belt', 'black belt', '5s', 'gemba', 'muda'],
  ['five whys', '5 whys', 'root cause', 'rca', 'fishbone', 'ishikawa', 'pareto analysis', 'pareto chart', '8d report', 'a3 report'],
  ['scrap rate', 'rework', 'first pass yield', 'first-pass yield', 'non-conformance', 'nonconformance', 'ncr', 'reject rate', 'faulty parts', 'quality escapes'],
  ['quality management', 'qms', 'quality management system', 'iso 9001', 'quality control', 'qc', 'quality checks', 'quality standards', 'quality manager'],
  ['production line', 'assembly line', 'shop floor', 'factory floor', 'factory', 'manufacturing plant', 'manufacturing site', 'the plant'],
  ['machine downtime', 'unplanned downtime', 'equipment failure', 'machine breakdown', 'equipment breakdown', 'line stoppage', 'line stop', 'oee', 'overall equipment effectiveness'],

  // --- retail, hospitality
  ['retail store', 'store', 'shop', 'boutique', 'outlet', 'high street', 'brick and mortar', 'bricks and mortar', 'in-store'],
  ['ecommerce', 'e-commerce', 'online store', 'online shop', 'webshop', 'web shop', 'shopify', 'marketplace', 'amazon seller'],
  ['upsell', 'upselling', 'upsold', 'cross-sell', 'cross-selling', 'cross sell', 'expansion revenue', 'add-on sales', 'account expansion', 'net revenue retention', 'nrr'],
  ['shrinkage', 'stock loss', 'shoplifting', 'shoplifter', 'loss prevention', 'theft', 'stolen'],
  ['front desk', 'reception', 'receptionist', 'reception desk', 'front office', 'concierge', 'guest services', 'patient registration', 'patient intake'],
  ['waiter', 'waitress', 'waiting staff', 'waitstaff', 'bartender', 'barista', 'front of house', 'foh', 'floor staff', 'chef', 'head chef', 'sous chef', 'line cook', 'back of house', 'kitchen staff'],
  ['hotel', 'hospitality industry', 'hospitality sector', 'restaurant', 'cafe', 'pub', 'venue', 'catering', 'banqueting'],
  ['peak season', 'busy season', 'black friday', 'christmas rush', 'holiday season', 'holiday rush', 'seasonal peak', 'peak trading', 'busy period', 'lunch rush', 'dinner rush'],
  ['online reviews', 'tripadvisor', 'yelp', 'google reviews', 'trustpilot', 'bad review', 'negative review', 'one-star review', '1-star review'],
  ['food safety', 'food hygiene', 'haccp', 'allergen', 'allergy', 'hygiene rating', 'temperature checks', 'environmental health'],

  // --- legal, compliance, risk
  ['regulatory compliance', 'compliance', 'compliant', 'non-compliance', 'noncompliance', 'non-compliant', 'regulatory requirements', 'regulation', 'regulated', 'regulator', 'regulatory', 'fca', 'fda'],
  ['legal team', 'lawyer', 'counsel', 'general counsel', 'in-house counsel', 'outside counsel', 'solicitor', 'attorney', 'paralegal'],
  ['msa', 'master services agreement', 'nda', 'non-disclosure agreement', 'statement of work', 'sow', 'clause', 'redline', 'redlined', 'indemnity', 'legal terms'],
  ['aml', 'anti-money laundering', 'money laundering', 'kyc', 'know your customer', 'sanctions screening', 'suspicious activity report', 'customer due diligence', 'financial crime'],
  ['violation', 'infringement', 'infringed', 'contravention', 'broke the rules', 'bent the rules', 'cutting corners', 'cut corners'],
  ['risk assessment', 'risk register', 'risk log', 'raid log', 'risk management', 'mitigation', 'mitigate', 'contingency plan', 'fallback plan', 'plan b'],

  // --- public sector, non-profit
  ['non-profit', 'nonprofit', 'not-for-profit', 'not for profit', 'charity', 'charities', 'ngo', 'third sector', 'voluntary sector'],
  ['fundraising', 'fundraise', 'fundraiser', 'donation', 'donor', 'grant funding', 'grant application', 'grant writing', 'bid writing', 'funders', 'philanthropy'],
  ['volunteer management', 'volunteer coordinator', 'volunteer programme', 'volunteer program', 'volunteer retention', 'managing volunteers', 'volunteer workforce'],
  ['service users', 'service user', 'beneficiaries', 'citizens', 'members of the public', 'residents', 'constituents', 'claimants', 'tenants', 'the public'],
  ['public sector', 'central government', 'government agency', 'civil service', 'civil servant', 'local authority', 'local government', 'council', 'federal agency', 'government department', 'ministry', 'nhs', 'public service'],
  ['community engagement', 'community outreach', 'outreach', 'public consultation', 'public meeting', 'community groups', 'local community', 'grassroots'],
  ['resource constraints', 'limited resources', 'scarce resources', 'austerity', 'lost funding', 'underfunded', 'under-resourced', 'doing more with less', 'do more with less', 'shoestring'],

  // --- construction, facilities, health and safety
  ['construction site', 'construction project', 'construction industry', 'building site', 'job site', 'jobsite', 'fit-out', 'refurbishment', 'refurb', 'renovation'],
  ['subcontractor', 'tradespeople', 'tradesmen', 'electrician', 'plumber', 'carpenters', 'bricklayers'],
  ['safety', 'health and safety', 'workplace safety', 'ehs', 'hse', 'osha', 'safety culture', 'safety record', 'ppe', 'personal protective equipment', 'hard hats'],
  ['workplace injury', 'injury', 'injured', 'near miss', 'near misses', 'lost time injury', 'lti', 'riddor', 'first aid', 'slips and trips', 'workplace accident', 'accident at work'],
  ['incident report', 'incident reporting', 'datix', 'reported the incident', 'incident form', 'accident report', 'accident book'],
  ['facilities', 'facilities management', 'building maintenance', 'estates', 'hvac', 'workplace services'],

  // --- customer success, account management, contact centres
  ['customer success', 'csm', 'customer success manager', 'account manager', 'account management', 'key account', 'relationship manager', 'client services'],
  ['qbr', 'quarterly business review', 'business review', 'executive business review', 'ebr', 'account review', 'account plan'],
  ['adoption', 'product adoption', 'feature adoption', 'usage', 'active users', 'daily active users', 'dau', 'mau', 'monthly active users'],
  ['customer onboarding', 'client onboarding', 'customer implementation', 'client implementation', 'implementation consultant', 'time to first value', 'handoff from sales'],
  ['voice of the customer', 'voc', 'customer feedback', 'feature request', 'customer insights', 'product feedback'],
  ['rapport', 'relationship building', 'built rapport', 'build rapport', 'trust', 'trusted', 'built trust', 'earned trust', 'earn trust', 'working relationship'],
  ['above and beyond', 'went above and beyond', 'extra mile', 'went the extra mile', 'exceeded expectations', 'over and above'],
  ['call centre', 'call center', 'contact centre', 'contact center', 'call handling', 'inbound calls', 'phone queue', 'call queue'],
  ['average handle time', 'aht', 'handle time', 'first call resolution', 'first contact resolution', 'fcr', 'call volume', 'abandonment rate', 'abandon rate', 'hold time'],

  // --- interview themes: conflict, failure, resilience
  ['difficult conversation', 'hard conversation', 'tough conversation', 'crucial conversation', 'uncomfortable conversation', 'awkward conversation', 'confronted', 'confront', 'confrontation'],
  ['common ground', 'middle ground', 'meet halfway', 'met halfway', 'met in the middle', 'win-win', 'consensus', 'mutually agreeable', 'mutual agreement', 'agreed a way forward'],
  ['mediate', 'mediation', 'mediator', 'brought them together', 'peacemaker', 'intervened'],
  ['fell short', 'came up short', 'underdelivered', 'under-delivered', 'disappointing results', 'did not land', 'flopped', 'flop'],
  ['accountability', 'accountable', 'took responsibility', 'take responsibility', 'owned up', 'own up', 'held myself accountable'],
  ['perseverance', 'persevered', 'resilience', 'resilient', 'bounced back', 'bounce back', 'persistence', 'persisted', 'kept going', 'did not give up', 'grit', 'tenacity', 'tenacious'],
  ['bad news', 'delivering bad news', 'broke the news', 'came clean', 'told them the truth'],
  ['raised the alarm', 'sounded the alarm', 'red flag', 'warning signs', 'early warning', 'raised concerns', 'raised a concern', 'flagged early', 'flagged the risk'],
  ['crisis', 'crises', 'urgent', 'urgency', 'firefighting', 'fire-fighting', 'fire drill', 'all hands on deck', 'under pressure', 'high pressure', 'high-pressure'],
  ['skeptical', 'sceptical', 'skepticism', 'scepticism', 'skeptic', 'sceptic', 'resistance', 'resistant', 'reluctant', 'hesitant', 'unconvinced', 'naysayers', 'tough crowd', 'cynical', 'cynics', 'arms folded'],

  // --- interview themes: workload, ambiguity, influence, change
  ['workload', 'heavy workload', 'overloaded', 'too much on my plate', 'competing demands', 'juggling', 'juggled', 'multitask', 'stretched thin', 'spread thin'],
  ['time management', 'managed my time', 'time blocking', 'to-do list', 'calendar'],
  ['managing expectations', 'manage expectations', 'expectation management', 'reset expectations', 'set expectations', 'overpromise', 'over-promised', 'under-promise'],
  ['said no', 'saying no', 'say no', 'turned down', 'declined the request', 'set boundaries', 'boundaries'],
  ['from scratch', 'greenfield', 'blank slate', 'no playbook', 'uncharted', 'first of its kind', 'no precedent', 'new territory'],
  ['clarify', 'clarification', 'clarifying questions', 'pinned down', 'nailed down', 'problem statement', 'defined the problem'],
  ['without authority', 'no formal authority', 'no direct authority', 'no authority', 'informal leadership', 'no direct reports', 'dotted line', 'matrix organisation', 'matrix organization'],
  ['change management', 'managing change', 'resistance to change', 'resistant to change', 'adkar', 'kotter', 'business transformation', 'digital transformation', 'change programme', 'change program'],
  ['oversee', 'oversaw', 'overseen', 'in charge of', 'responsible for', 'ran the department', 'ran the team', 'ran the store', 'ran the shift', 'ran operations'],
  ['strategy', 'strategic', 'strategic plan', 'long-term plan', 'three-year plan', 'north star', 'vision'],
  ['delay', 'delayed', 'behind schedule', 'slippage', 'ran late', 'running late', 'overran', 'overrun', 'pushed back the date'],
  ['exceeded', 'exceed', 'surpassed', 'overachieved', 'over-achieved', 'outperformed', 'smashed'],
  ['learning curve', 'steep learning curve', 'ramp up', 'ramped up', 'got up to speed', 'up to speed', 'self-taught', 'taught myself', 'learned quickly', 'unfamiliar'],
  ['sought advice', 'asked for advice', 'asked for help', 'sought help', 'sought input', 'asked for input', 'reached out', 'sounding board'],

  // --- interview themes: people skills, communication
  ['empathy', 'empathise', 'empathize', 'empathetic', 'empathic', 'active listening', 'listened', 'put myself in their shoes', 'their perspective', 'their point of view'],
  ['praise', 'praised', 'kudos', 'shout-out', 'shoutout', 'thanked', 'celebrated', 'recognised', 'recognized', 'employee of the month', 'commended', 'commendation'],
  ['self-awareness', 'self-aware', 'blind spot', 'defensive', 'self-reflection', 'introspection'],
  ['silo', 'siloed', 'silo mentality', 'working in silos', 'other departments', 'another department', 'across departments', 'interdepartmental', 'inter-team'],
  ['hybrid working', 'hybrid work', 'return to office', 'back to the office', 'office days', 'in-office'],
  ['status update', 'status report', 'progress update', 'weekly update', 'kept them informed', 'kept everyone informed', 'kept them in the loop', 'in the loop', 'visibility'],
  ['public speaking', 'spoke at', 'gave a talk', 'audience', 'stage fright', 'all-hands', 'all hands', 'town hall', 'keynote', 'slide deck', 'powerpoint'],
  ['pitch', 'pitched', 'elevator pitch', 'sales pitch', 'pitch deck'],
  ['knowledge transfer', 'knowledge sharing', 'handover notes', 'brown bag', 'lunch and learn', 'bus factor', 'tribal knowledge'],
  ['concession', 'batna', 'walk-away point', 'walk away point', 'counterproposal', 'counter-proposal', 'bargaining', 'haggle', 'haggled'],
  ['outsourcing', 'outsourced', 'offshoring', 'offshore team', 'nearshore', 'managed service', 'bpo', 'insourcing', 'brought in-house'],

  // --- interview themes: analysis, experiments, quality, delivery
  ['pivot table', 'vlookup', 'xlookup', 'excel model', 'advanced excel', 'macros', 'vba'],
  ['regression analysis', 'statistics', 'correlation', 'correlated', 'causation', 'cohort analysis', 'segmentation'],
  ['hypothesis', 'hypotheses', 'hypothesised', 'hypothesized', 'test and learn', 'assumption', 'riskiest assumption'],
  ['typo', 'miscalculation', 'miscalculated', 'miscounted', 'misread', 'overlooked', 'slip-up', 'mislabelled', 'mislabeled'],
  ['attention to detail', 'detail-oriented', 'detail oriented', 'meticulous', 'thorough', 'double-checked', 'double-check', 'double check', 'proofread', 'sanity check', 'sense-check'],
  ['decommission', 'decommissioned', 'sunset', 'sunsetted', 'sunsetting', 'deprecate', 'deprecated', 'deprecation', 'end of life'],
];
