// Short labels for graph nodes, so the canvas stays readable: "Registered Health Information
// Technician (RHIT)" → "RHIT". The full name stays in the details panel and the text view.

const INNER_ABBREVIATION = /^.*?\(([A-Z][A-Z0-9-]{1,7})\)(.*)$/;

/** Common long phrases in career labels and their usual short forms. */
const SHORTER: [RegExp, string][] = [
  [/health information management/gi, 'HIM'],
  [/health information technology/gi, 'HIT'],
  [/^postsecondary certificate/i, 'Certificate'],
  [/^post-baccalaureate/i, 'Post-bacc'],
  [/^associate degree/i, 'Associate'],
  [/^bachelor's degree/i, "Bachelor's"],
  [/^master's degree/i, "Master's"],
];

export function shortLabel(label: string): string {
  let s = label;
  const inner = INNER_ABBREVIATION.exec(s);
  if (inner?.[1]) {
    // "Certified Coding Associate (CCA)" → "CCA"; "Oncology Data Specialist (ODS), formerly …" → "ODS";
    // "Clinical documentation integrity (CDI) specialist" → "CDI specialist".
    const rest = (inner[2] ?? '').trim();
    if (rest === '' || rest.startsWith(',')) return inner[1];
    // "Certified nursing assistant (CNA): state competency exam" → "CNA: state competency exam".
    s = /^[:;]/.test(rest) ? `${inner[1]}${rest}` : `${inner[1]} ${rest}`;
  }
  s = s
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s*[/,].*$/, '')
    .trim();
  for (const [pattern, short] of SHORTER) s = s.replace(pattern, short);
  return s || label;
}

export const KIND_NAMES = {
  role: 'Role',
  education: 'Education',
  credential: 'Credential',
  license: 'License',
} as const;

export const KIND_GROUP_NAMES = {
  role: 'Roles',
  education: 'Education',
  credential: 'Credentials',
  license: 'Licenses',
} as const;
