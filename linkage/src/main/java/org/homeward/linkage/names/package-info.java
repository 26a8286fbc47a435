/** Name words in any script reduced to ASCII Latin forms and script-surviving search keys. */
package org.homeward.linkage.names;
