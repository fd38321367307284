# Widow and orphan control for the delivery document's PDF, which asciidoctor-pdf 2.3 lacks (its convert_paragraph
# says "TODO: check if we're within one line of the bottom of the page"): a paragraph of a section, or a list item's
# text, that would leave a single line at the bottom of a page (orphan) or carry a single line over to the next one
# (widow) starts on the next page instead. It runs in dry runs too, so heading-min-height-after: auto, which sets a
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
    if ::Array === node # a description list's terms and description
      terms, desc = node
      lines = (Array terms).size + (desc&.text? ? (line_count desc.text) : 0)
    else
      lines = node.text? ? (line_count node.text) : 0
    end
    advance_page if single_line_split? lines
    super
  end

  private

  def line_pitch
    one = height_of_typeset_text 'x'
    [one, (height_of_typeset_text %(x\nx)) - one]
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
    one, pitch = line_pitch
    fitting = cursor < one ? 0 : ((cursor - one) / pitch).floor + 1
    fitting > 0 && fitting < lines && (fitting == 1 || lines - fitting == 1)
  end
end
