/**
 * The case schemas that ship with mlsd-lint (schemas/cases/<case-id>.schema.json), bundled as JSON imports.
 * Each extends the base rule book with the topics its case adds; the base itself is the `generic` case.
 */
import visualSearch from '../../schemas/cases/visual-search.schema.json' with { type: 'json' };
import streetViewBlurring from '../../schemas/cases/street-view-blurring.schema.json' with { type: 'json' };
import videoSearch from '../../schemas/cases/video-search.schema.json' with { type: 'json' };
import harmfulContent from '../../schemas/cases/harmful-content.schema.json' with { type: 'json' };
import videoRecommendation from '../../schemas/cases/video-recommendation.schema.json' with { type: 'json' };
import eventRecommendation from '../../schemas/cases/event-recommendation.schema.json' with { type: 'json' };
import adClickPrediction from '../../schemas/cases/ad-click-prediction.schema.json' with { type: 'json' };
import similarListings from '../../schemas/cases/similar-listings.schema.json' with { type: 'json' };
import newsFeed from '../../schemas/cases/news-feed.schema.json' with { type: 'json' };
import peopleYouMayKnow from '../../schemas/cases/people-you-may-know.schema.json' with { type: 'json' };
import type { JsonSchema } from './rulebook.js';

export const CASE_SCHEMAS: JsonSchema[] = [
  visualSearch,
  streetViewBlurring,
  videoSearch,
  harmfulContent,
  videoRecommendation,
  eventRecommendation,
  adClickPrediction,
  similarListings,
  newsFeed,
  peopleYouMayKnow,
] as JsonSchema[];
