import type { CamsRoutes } from '../pipeline/route.js';
import { healthRoutes } from './health.js';
import { migrationRoutes } from './migration.js';
import { mmlRoutes } from './mml.js';
import { numberRoutes } from './numbers.js';
import { onboardingRoutes } from './onboarding.js';
import { profileRoutes } from './profile.js';
import { qrCodeRoutes } from './qr-codes.js';
import { settingsRoutes } from './settings.js';
import { usernameRoutes } from './usernames.js';
import { verificationRoutes } from './verification.js';

/** Every operation the CAMS simulator answers, by `x-acs-action`. @internal */
export const CAMS_ROUTES: CamsRoutes = {
  ...onboardingRoutes,
  ...numberRoutes,
  ...verificationRoutes,
  ...healthRoutes,
  ...migrationRoutes,
  ...mmlRoutes,
  ...profileRoutes,
  ...qrCodeRoutes,
  ...settingsRoutes,
  ...usernameRoutes,
};
