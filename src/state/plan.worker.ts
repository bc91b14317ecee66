// The Web Worker that plans on big graphs (plan-off-thread.ts starts it): it builds the graph from
// the file once, then answers each question with the same domain planner as the main thread.

import { planCareer } from '../domain/planner';
import { type PlanWorkerReply, type PlanWorkerRequest, planWorkerHandler } from './plan-answer';

const answer = planWorkerHandler(planCareer);
const scope = self as unknown as { postMessage(m: PlanWorkerReply): void };

self.onmessage = (e: MessageEvent<PlanWorkerRequest>) => {
  const reply = answer(e.data);
  if (reply) scope.postMessage(reply);
};
