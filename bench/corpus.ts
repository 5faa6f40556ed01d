/**
 * A deterministic generator of realistic ML system-design docs (seeded PRNG): front matter, the seven
 * steps with their sub-topics (English, and about one doc in five in Korean), paragraphs, lists, metric
 * tables, code blocks, the odd block quote and TODO. Every doc's sentences are drawn afresh, so no two
 * docs share a section's text (a cross-file cache could not cheat).
 */

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

interface StepSpec {
  en: string;
  ko: string;
  topics: Array<[string, string]>;
}

const STEPS: StepSpec[] = [
  { en: 'Clarifying requirements', ko: '요구사항 명확화', topics: [['Business objective', '비즈니스 목표'], ['Supported features', '지원 기능'], ['Data availability', '데이터 가용성'], ['Constraints', '제약 조건'], ['Scale of the system', '시스템 규모'], ['Performance', '성능 요구 사항']] },
  { en: 'Frame the problem as an ML task', ko: 'ML 문제로 정의하기', topics: [['Defining the ML objective', 'ML 목표 정의'], ["Specifying the system's input and output", '입력과 출력'], ['Choosing the right ML category', 'ML 유형 선택']] },
  { en: 'Data preparation', ko: '데이터 준비', topics: [['Data sources', '데이터 소스'], ['Data storage', '데이터 저장소'], ['ETL', 'ETL'], ['Feature engineering', '피처 엔지니어링'], ['Handling missing values', '결측치 처리'], ['Feature scaling', '피처 스케일링']] },
  { en: 'Model development', ko: '모델 개발', topics: [['Model selection', '모델 선택'], ['Model training', '모델 학습'], ['Constructing the dataset', '데이터셋 구성'], ['Choosing the loss function', '손실 함수 선택'], ['Handling class imbalance', '클래스 불균형 처리'], ['Hyperparameter tuning', '하이퍼파라미터 튜닝']] },
  { en: 'Evaluation', ko: '평가', topics: [['Offline metrics', '오프라인 지표'], ['Online metrics', '온라인 지표'], ['Fairness and bias', '공정성과 편향']] },
  { en: 'Deployment and serving', ko: '배포와 서빙', topics: [['Cloud vs on-device deployment', '클라우드 대 온디바이스'], ['Model compression', '모델 압축'], ['Testing in production', '프로덕션 테스트'], ['Prediction pipeline', '예측 파이프라인']] },
  { en: 'Monitoring and infrastructure', ko: '모니터링과 인프라', topics: [['Why a system fails in production', '프로덕션 장애 원인'], ['What to monitor', '모니터링 대상'], ['Infrastructure', '인프라']] },
];

const NOUNS = [
  'embedding', 'ranking model', 'feature store', 'training pipeline', 'click-through rate', 'user history', 'item catalog',
  'candidate generator', 'two-tower encoder', 'gradient boosted tree', 'label', 'negative sample', 'batch job', 'stream',
  'latency budget', 'GPU fleet', 'cache', 'A/B test', 'dashboard', 'data drift', 'retraining schedule', 'holdout set',
  'precision', 'recall', 'nDCG', 'mAP', 'calibration', 'shadow deployment', 'canary', 'feature crosses', 'impression log',
  'session', 'query', 'annotation queue', 'vector index', 'approximate nearest neighbour search', 'quantized model',
  'knowledge distillation', 'cold start', 'popularity bias', 'position bias', 'dwell time', 'watch time', 'conversion',
];
const VERBS = ['improves', 'reduces', 'stores', 'feeds', 'ranks', 'filters', 'logs', 'refreshes', 'scores', 'samples', 'monitors', 'caches', 'retrains', 'serves', 'aggregates', 'joins'];
const ADJ = ['daily', 'hourly', 'offline', 'online', 'sparse', 'dense', 'noisy', 'fresh', 'stale', 'balanced', 'skewed', 'cheap', 'robust', 'personalized'];
const KO = ['사용자', '모델', '데이터', '지연 시간', '임베딩', '학습', '평가', '배포', '지표', '캐시', '피처', '로그', '추천', '검색', '정확도', '재현율', '모니터링', '파이프라인'];
const KO_END = ['을 개선한다.', '를 줄인다.', '를 저장한다.', '를 매일 갱신한다.', '를 측정한다.', '을 사용한다.', '가 중요하다.'];

function sentence(r: Rng, ko: boolean): string {
  if (ko) {
    const n = int(r, 2, 5);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(pick(r, KO));
    return ws.join(' ') + pick(r, KO_END) + (r() < 0.3 ? ` (${int(r, 1, 999)} ms)` : '');
  }
  const s = `The ${pick(r, ADJ)} ${pick(r, NOUNS)} ${pick(r, VERBS)} the ${pick(r, NOUNS)}`;
  const tail = r() < 0.5 ? ` for ${int(r, 2, 900)} ${pick(r, ['million users', 'QPS', 'ms at p99', 'GB a day', 'items', 'features'])}` : ` with ${pick(r, ADJ)} ${pick(r, NOUNS)}`;
  return s + tail + '.';
}

function paragraph(r: Rng, ko: boolean, out: string[]): void {
  const lines = int(r, 1, 4);
  for (let i = 0; i < lines; i++) {
    let line = sentence(r, ko);
    if (r() < 0.6) line += ' ' + sentence(r, ko);
    out.push(line);
  }
  out.push('');
}

function list(r: Rng, ko: boolean, out: string[]): void {
  const n = int(r, 3, 6);
  const ordered = r() < 0.3;
  for (let i = 0; i < n; i++) {
    const m = ordered ? `${i + 1}.` : '-';
    const lead = r() < 0.4 ? `**${pick(r, ko ? KO : NOUNS)}**: ` : '';
    out.push(`${m} ${lead}${sentence(r, ko)}`);
    if (r() < 0.25) out.push(`${' '.repeat(m.length + 1)}- ${sentence(r, ko)}`);
  }
  out.push('');
}

function table(r: Rng, out: string[]): void {
  out.push('| Metric | Target | Notes |', '| --- | ---: | --- |');
  const n = int(r, 3, 5);
  for (let i = 0; i < n; i++) out.push(`| ${pick(r, ['Precision@10', 'Recall@100', 'nDCG', 'mAP', 'CTR', 'AUC', 'p99 latency', 'log loss'])} | ${(r() * 100).toFixed(1)} | ${pick(r, ADJ)} ${pick(r, NOUNS)} |`);
  out.push('');
}

function code(r: Rng, out: string[]): void {
  const lang = pick(r, ['python', 'yaml', 'sql', '']);
  out.push('```' + lang);
  const n = int(r, 3, 9);
  for (let i = 0; i < n; i++) {
    if (lang === 'yaml') out.push(`${pick(r, ['batch_size', 'lr', 'epochs', 'dim', 'top_k'])}: ${int(r, 1, 4096)}`);
    else if (lang === 'sql') out.push(`SELECT user_id, item_id, ts FROM events_${int(r, 1, 99)} WHERE ts > now() - interval '${int(r, 1, 30)} day'`);
    else out.push(`${i === 0 ? 'def' : '   '} ${pick(r, ['score', 'rank', 'embed', 'train'])}_${int(r, 1, 999)}(x): return model(x) * ${r().toFixed(3)}`);
  }
  out.push('```', '');
}

/** One realistic design doc of 250-400 lines. */
export function realisticDoc(seed: number): string {
  const r = prng(seed * 7919 + 13);
  const ko = r() < 0.2;
  const target = int(r, 250, 400);
  const out: string[] = [];
  if (r() < 0.8) {
    out.push('---', `title: ${pick(r, NOUNS)} system ${seed}`, 'mlsd:', '  case: generic');
    if (ko) out.push('  lang: ko');
    if (r() < 0.2) out.push('  waive:', '    deploy-cloud-vs-device: "Server-side only."');
    out.push('---');
  }
  out.push(`# ${ko ? '설계' : 'Design'}: ${pick(r, NOUNS)} ${seed}`, '');
  paragraph(r, ko, out);
  const numbering = pick(r, ['n. ', 'Step n: ', '', 'n) ']);
  STEPS.forEach((step, si) => {
    if (r() < 0.06) return; // a missing step now and then
    out.push(`## ${numbering.replace('n', String(si + 1))}${ko ? step.ko : step.en}`, '');
    if (r() < 0.5) paragraph(r, ko, out);
    const budget = Math.floor((target * (si + 1)) / STEPS.length);
    const topics = step.topics.filter(() => r() < 0.85);
    topics.forEach((t, ti) => {
      out.push(`### ${ko ? t[1] : t[0]}`, '');
      const perTopic = Math.max(4, Math.floor((budget - out.length) / Math.max(1, topics.length - ti)));
      const start = out.length;
      do {
        const k = r();
        if (k < 0.45) paragraph(r, ko, out);
        else if (k < 0.7) list(r, ko, out);
        else if (k < 0.82) table(r, out);
        else if (k < 0.94) code(r, out);
        else if (k < 0.97) out.push(`> ${sentence(r, ko)}`, '');
        else out.push(`TODO: ${sentence(r, ko)}`, '');
      } while (out.length - start < perTopic);
    });
  });
  return out.join('\n') + '\n';
}

/** A big doc of about `bytes` characters: realistic docs one after another (front matter only once). */
export function bigDoc(bytes: number, seed: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    let d = realisticDoc(seed + k);
    if (k > 0) d = d.replace(/^---\n[\s\S]*?\n---\n/, '');
    parts.push(d);
    size += d.length;
  }
  const text = parts.join('\n');
  const cut = text.lastIndexOf('\n', bytes);
  return text.slice(0, cut + 1);
}
