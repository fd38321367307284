/**
 * What each page of the reviewers' site shows, as plain records the jte templates ({@code src/main/jte}) read.
 * Every href here is already relative to the page it appears on, so the site works from {@code file://} and from
 * any folder of a static server; every text is raw and escaped by the templates.
 */
package com.varsomics.archgen.site.pages;
