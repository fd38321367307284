# The delivery document's PDF converter: asciidoctor-pdf 2.3 with two changes.
# 1. Widow and orphan control, which asciidoctor-pdf 2.3 lacks (its convert_paragraph
# says "TODO: check if we're within one line of the bottom of the page"): a paragraph of a section, or a list item's
# text, that would leave a single line at the bottom of a page (orphan) or carry a single line over to the next one
# (widow) starts on the next page instead; a description list's terms move with their description unless two of
# its lines fit with them. It runs in dry runs too, so heading-min-height-after: auto, which sets a
# heading and its first block on scratch, moves the heading along with its paragraph. The layout check
# document.layout.widow / .orphan verifies the result on the rendered PDF.
# 2. A cheaper heading-min-height-after: auto (arrange_heading below): same pages, a fraction of the scratch work.
# 3. Answers worked out once instead of again and again (same bytes, less time): which font sets a text's
# characters (ArchgenGlyphFonts), the inline markup of a text set more than once (ArchgenMarkupTrees) and the line
# pitch of the current font (line_pitch).
class ArchgenPdfConverter < (Asciidoctor::Converter.for 'pdf')
  register_for 'pdf'

  SECTION_LEVEL = [:section, :preamble, :document]

  def convert_paragraph node, opts = nil
    if opts.nil? && !node.title? && (SECTION_LEVEL.include? node.parent.context)
      advance_page if single_line_split? line_count node.content
    end
    super
  end

  def convert_list_item node, list, opts = {}
    if ::Array === node # a description list's terms, kept with at least two lines of their description
      terms, desc = node
      terms = (Array terms).size
      lines = terms + (desc&.text? ? (indent(@theme.description_list_description_indent || 0) { line_count desc.text }) : 0)
      fitting = fitting_lines
      advance_page if lines > terms && fitting < lines && !at_page_top? && (fitting - terms < 2 || lines - fitting == 1)
    elsif node.text?
      advance_page if single_line_split? line_count node.text
    end
    super
  end

  # A plain description list sets each item's terms, then its description, in its own loop (no per-item method):
  # remember the descriptions by their first term, so the term's ink_prose can keep them together.
  def convert_dlist node
    @archgen_descriptions = node.style ? nil : node.items.to_h {|terms, desc| [(Array terms).first.text, [(Array terms).size, desc]] }
    super
  ensure
    @archgen_descriptions = nil
  end

  def ink_prose string, opts = {}
    if @archgen_descriptions && (opts.key? :styles) && (opts[:margin_top] || 0) == 0 && (item = @archgen_descriptions[string])
      terms, desc = item
      lines = desc&.text? ? (indent(@theme.description_list_description_indent || 0) { line_count desc.text }) : 0
      fitting = fitting_lines
      if lines > 0 && !at_page_top? && fitting < terms + lines && (fitting - terms < 2 || terms + lines - fitting == 1)
        advance_page
      end
    end
    super
  end

  # heading-min-height-after: auto keeps a heading with what follows it by setting the heading, then the rest of its
  # section, on scratch: the heading moves to the next page if the first new page starts while the heading's page
  # holds nothing else. The stock converter goes on setting the whole section (and every subsection does the same
  # again inside it) after that first new page has settled the question, which made Volume 2's PDF take 70 s instead of 44 s.
  # This is asciidoctor-pdf 2.3's own auto branch with one change: the scratch run stops at the first new page.
  def arrange_heading node, title, opts
    return super unless @theme.heading_min_height_after == 'auto' || (node.option? 'breakable')
    orphaned = nil
    doc = node.document
    start_page_number = nil
    dry_run single_page: true do
      push_scratch doc
      start_page_number ||= page_number # block will be restarted if first attempt fails
      theme_font :heading, level: opts[:level] do
        if opts[:part]
          ink_part_title node, title, opts
        elsif opts[:chapterlike]
          ink_chapter_title node, title, opts
        else
          ink_general_heading node, title, opts
        end
      end
      if page_number == start_page_number
        page.tare_content_stream
        orphaned = stop_if_first_page_empty do
          until_new_page { node.context == :section ? (traverse node) : (convert node.next_sibling) }
        end
      else
        orphaned = true
      end
    ensure
      pop_scratch doc
    end
    advance_page if orphaned
  end

  # While a heading is probed (until_new_page), stops at the first block that leaves ink on the probed page. Not at a
  # floated image: it leaves the float box for the next block to use and clear, so the probe goes on to that block.
  def convert node, name = nil, opts = {}
    result = super
    if @archgen_probe_page && node.block? && @archgen_probe_page == page_number && !page.empty? &&
        !(node.context == :image && (node.attr? 'float'))
      throw :archgen_probe_done
    end
    result
  end

  private

  # Runs the block until it starts a new page, after the page-create callback in force (stop_if_first_page_empty's
  # check, which raises when the page before is empty) has run, or until a block leaves ink on the page it started
  # on: that check would then pass, so nothing after it can change the answer.
  def until_new_page
    callback = state.on_page_create_callback
    @archgen_probe_page = page_number
    catch :archgen_probe_done do
      # marked like the check it wraps, so a collapsible block's caption is tared as in the stock probe
      state.on_page_create_callback = (proc do |pdf|
        callback&.call pdf
        throw :archgen_probe_done
      end).extend ::Asciidoctor::Prawn::Extensions::DetectEmptyFirstPage
      yield
    end
  ensure
    @archgen_probe_page = nil
    state.on_page_create_callback = callback
  end

  # The height of one line and the distance between two, set twice per paragraph probed: remembered per font, size
  # and line height (all a line's height depends on), per Prawn document (the scratch document has its own).
  def line_pitch
    ((@archgen_line_pitches ||= {})[[font, font_size, @base_line_height]] ||= begin
      one = height_of_typeset_text 'x'
      [one, (height_of_typeset_text %(x\nx)) - one]
    end)
  end

  # How many lines fit between the cursor and the page's bottom: Prawn sets a line when its top padding and the
  # font's height fit (the bottom padding may fall past the margin).
  def fitting_lines
    one, pitch = line_pitch
    first = one - (calc_line_metrics @base_line_height).padding_bottom
    cursor < first ? 0 : ((cursor - first) / pitch).floor + 1
  end

  # How many lines the text takes in the current font and width.
  def line_count text
    one, pitch = line_pitch
    return 0 unless pitch > 0
    (((height_of_typeset_text text, inline_format: [{ normalize: true }]) - one) / pitch).round + 1
  end

  # Whether a block of that many lines, set from the cursor, would leave one line alone on either page.
  def single_line_split? lines
    return false if lines < 2 || at_page_top?
    fitting = fitting_lines
    fitting > 0 && fitting < lines && (fitting == 1 || lines - fitting == 1)
  end
end

# With font fallbacks in the theme, Prawn asks for every character of every fragment set (dry runs and table cell
# measurements included) which font has its glyph, switching the document's font to each candidate to ask: ~6% of
# a volume's print. The answer depends only on the fonts, so it is worked out once:
# - a text made only of Latin-1 characters its font has (almost every text here) is set in that font as it is: the
#   fragment Prawn would build from its characters one by one, built at once;
# - any other text is looked up character by character, each answer remembered.
# Both are kept per Prawn document: asciidoctor-pdf reports a character no font has once per document and never from
# the scratch document, where a heading probe often sets a block first, so the document being printed still looks
# it up (and reports it) itself.
module ArchgenGlyphFonts
  LATIN1 = ((0x20..0x7e).to_a + (0xa0..0xff).to_a).map {|code| [code].pack 'U' }.freeze
  ANY_BUT_NUL = /[^\u0000]/

  def analyze_glyphs_for_fallback_font_support fragment_hash
    text = fragment_hash[:text]
    # only NULs (an inline anchor's placeholder): asciidoctor-pdf looks none up, so it loads no font for them either
    return super if fragment_hash[:image_obj] || !(text.match? ANY_BUT_NUL)
    pattern = archgen_latin1 fragment_hash[:font] || @document.font.family, (archgen_font_opts fragment_hash)
    return super unless pattern&.match? text
    fragment = fragment_hash.dup # what form_fragments_from_like_font_glyph_pairs makes when one font sets every character
    fragment[:text] = text.dup
    [fragment]
  end

  def find_font_for_this_glyph char, current_font, current_font_opts = {}, fallback_fonts_to_check = [], original_font = current_font
    return super unless current_font.equal? original_font # a fallback being tried: the outer call remembers
    fonts = archgen_per_document :@archgen_glyph_fonts
    key = [char, current_font, current_font_opts[:style], fallback_fonts_to_check.dup] # super shifts the list
    fonts.fetch(key) { fonts[key] = super char, current_font, current_font_opts, fallback_fonts_to_check, original_font }
  end

  private

  # The font options asciidoctor-pdf 2.3's analyze_glyphs_for_fallback_font_support looks a fragment's characters
  # up with, worked out as it does (the first lookup may load the font, and Prawn names a font by the order fonts were
  # loaded in, so the same font must be loaded with the same options at the same moment).
  def archgen_font_opts fragment_hash
    effective_font_styles = @document.font_styles
    if (fragment_font_styles = fragment_hash[:styles])
      effective_font_styles.merge fragment_font_styles
      if effective_font_styles.include? :bold
        { style: (effective_font_styles.include? :italic) ? :bold_italic : :bold }
      elsif effective_font_styles.include? :italic
        { style: :italic }
      else
        {}
      end
    elsif effective_font_styles.empty?
      {}
    else
      { style: (@document.resolve_font_style effective_font_styles) }
    end
  end

  # A pattern that matches a text made only of the LATIN1 characters the font has a glyph for; nil for a font that is
  # not a family of the catalog or has none of them (an icon font).
  def archgen_latin1 family, font_opts
    patterns = archgen_per_document :@archgen_latin1
    patterns.fetch [family, font_opts[:style]] do |key|
      patterns[key] = if @document.font_families.key? family
        present = @document.save_font do
          @document.font family, font_opts
          LATIN1.select {|char| @document.font.glyph_present? char }
        end
        Regexp.new %(\\A[#{present.map {|char| Regexp.escape char }.join}]*\\z) unless present.empty?
      end
    end
  end

  # A hash kept on the Prawn document this box sets text on (the scratch document has its own).
  def archgen_per_document name
    (@document.instance_variable_get name) || (@document.instance_variable_set name, {})
  end
end
Prawn::Text::Formatted::Box.prepend ArchgenGlyphFonts

# A text is parsed for inline markup (Treetop, in Ruby) each time it is set: a paragraph once to count its lines and
# once to ink it, a table cell once to measure its height and once to draw it, a block again in each heading probe.
# The syntax tree is kept for the most recent texts; what the formatter uses is built afresh from the tree each time
# (SyntaxNode#content makes new hashes, text_value new strings), so a kept tree is never changed by its users. A
# text that fails to parse is parsed again each time, so the formatter reads its own failure reason.
module ArchgenMarkupTrees
  KEPT = 4096 # texts: more than a long table's cells, which are measured before any is drawn

  def parse input, options = {}
    return super unless options.empty?
    trees = (@archgen_trees ||= {})
    trees.fetch input do
      text = input.frozen? ? input : input.dup.freeze # the tree reads its text again: a copy no caller can change
      tree = super text, options
      if tree
        trees.shift if trees.size >= KEPT
        trees[text] = tree
      end
      tree
    end
  end
end
Asciidoctor::PDF::FormattedText::MarkupParser.prepend ArchgenMarkupTrees
