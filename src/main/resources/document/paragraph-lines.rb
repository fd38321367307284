# Widow and orphan control for the delivery document's PDF, which asciidoctor-pdf 2.3 lacks (its convert_paragraph
# says "TODO: check if we're within one line of the bottom of the page"): a paragraph of a section, or a list item's
# text, that would leave a single line at the bottom of a page (orphan) or carry a single line over to the next one
# (widow) starts on the next page instead; a description list's terms move with their description unless two of
# its lines fit with them. It runs in dry runs too, so heading-min-height-after: auto, which sets a
# heading and its first block on scratch, moves the heading along with its paragraph. The layout check
# document.layout.widow / .orphan verifies the result on the rendered PDF.
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

  private

  def line_pitch
    one = height_of_typeset_text 'x'
    [one, (height_of_typeset_text %(x\nx)) - one]
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
