/** Give-back: the share of connections the participant contributes to, and one-way ties among people. */
package org.plnkit.analysis.giveback;
