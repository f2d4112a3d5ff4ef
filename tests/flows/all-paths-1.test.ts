import { describeEveryRoute, routeCases } from '../support/every-route.ts';
import { ALL_FLOWS } from '../support/flows.ts';

// Every other case, so that the two halves run side by side.
describeEveryRoute(routeCases(ALL_FLOWS).filter((_, index) => index % 2 === 0));
