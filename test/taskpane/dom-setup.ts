/**
 * Shared by the component tests (happy-dom): Fluent's motion falls back to its test path
 * when elements cannot animate (happy-dom's Web Animations reject with AbortError when a
 * dialog closes), and queries wait long enough for a loaded CI machine.
 */
import { configure } from '@testing-library/react';

delete (Element.prototype as { animate?: unknown }).animate;
configure({ asyncUtilTimeout: 5000 });
