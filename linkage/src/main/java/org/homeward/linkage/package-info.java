/** Record linkage: names across scripts, comparison and matching. Plain Java, no Spring. */
package org.homeward.linkage;
