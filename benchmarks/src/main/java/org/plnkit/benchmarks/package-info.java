/** JMH benchmarks of PLN Toolkit; figures go to docs/performance.md. */
package org.plnkit.benchmarks;
