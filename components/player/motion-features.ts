// motion's layout-animation features, loaded after the page is interactive (not part of first-load JS):
// until they arrive the queue and its cards render without animating.
import { domMax } from 'motion/react';

export default domMax;
