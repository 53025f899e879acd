<?php
/**
 * One render function for the shortcode and the block: check the attributes as the elements do
 * (a wrong value gets the documented default, never an error), compose the static HTML of the
 * chosen element from the generated fragments, print the element around it, and enqueue the
 * module once. The plugin holds no text of its own: every word comes from content/fragments.json,
 * which the build writes from the same catalogs as the widgets.
 *
 * @package HipTrialWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The attributes each element takes, with their valid values; the first is the default. */
function hip_trial_widgets_choices(): array {
	return array(
		'element'       => array( 'hip-trial-summary', 'outcome-bars', 'outcome-icons', 'trial-fact-box' ),
		'chart'         => array( 'bars', 'icons', 'factbox', 'none' ),
		'heading-level' => array( '2', '3', '4', '5', '6' ),
		'theme'         => array( 'auto', 'light', 'dark' ),
		'outcome'       => array( 'surgery', 'time' ),
	);
}

/** The summary's sections, in the article's order. */
function hip_trial_widgets_sections(): array {
	return array( 'intro', 'background', 'aim', 'participants', 'methods', 'results', 'reliability', 'professionals', 'meaning', 'source' );
}

/** Which attributes each element takes (the others are ignored, as on the script-free route). */
function hip_trial_widgets_element_attributes(): array {
	return array(
		'hip-trial-summary' => array( 'lang', 'theme', 'section', 'chart', 'heading-level' ),
		'outcome-bars'      => array( 'lang', 'theme', 'outcome' ),
		'outcome-icons'     => array( 'lang', 'theme' ),
		'trial-fact-box'    => array( 'lang', 'theme' ),
	);
}

/** Reports a wrong value where a developer looks (the debug log), naming it and the valid ones. */
function hip_trial_widgets_warn( string $attribute, string $value, array $valid, string $used ): void {
	if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- a developer's notice, as console.warn in the browser.
		error_log( sprintf( 'hip-trial-widgets: %s "%s" is not valid. Valid values: "%s". Using "%s".', $attribute, $value, implode( '", "', $valid ), $used ) );
	}
}

/** One enumerated value: any case, spaces trimmed; absent gives the default, anything else the default and a notice. */
function hip_trial_widgets_choice( array $atts, string $name ): string {
	$valid = hip_trial_widgets_choices()[ $name ];
	if ( ! isset( $atts[ $name ] ) ) {
		return $valid[0];
	}
	$value = strtolower( trim( (string) $atts[ $name ] ) );
	if ( in_array( $value, $valid, true ) ) {
		return $value;
	}
	hip_trial_widgets_warn( $name, (string) $atts[ $name ], $valid, $valid[0] );
	return $valid[0];
}

/**
 * The language as the elements resolve it: nl, fr, de or en with any region; a region with words or
 * spelling of its own (nl-NL, de-CH, en-US: those the build wrote fragments for) gets them, other
 * regions use their language's. Absent: the site's language.
 *
 * @return array{tag: string, variant: string}
 */
function hip_trial_widgets_language( array $atts ): array {
	$defaults = array(
		'nl' => 'nl-BE',
		'fr' => 'fr',
		'de' => 'de',
		'en' => 'en-GB',
	);
	$explicit  = isset( $atts['lang'] ) && '' !== trim( (string) $atts['lang'] );
	$requested = $explicit ? trim( (string) $atts['lang'] ) : str_replace( '_', '-', function_exists( 'get_locale' ) ? get_locale() : 'en' );
	if ( ! preg_match( '/^([a-z]{2,3})(?:-[a-z]{4})?(?:-([a-z]{2}|[0-9]{3}))?(?:-[a-z0-9]{1,8})*$/i', $requested, $m ) || ! isset( $defaults[ strtolower( $m[1] ) ] ) ) {
		if ( $explicit ) {
			hip_trial_widgets_warn( 'lang', $requested, array_keys( $defaults ), 'en' );
		}
		return array(
			'tag'     => 'en-GB',
			'variant' => 'en',
		);
	}
	$code    = strtolower( $m[1] );
	$region  = isset( $m[2] ) && '' !== $m[2] ? strtoupper( $m[2] ) : '';
	$variant = '' !== $region && hip_trial_widgets_has_fragments( "$code-$region" ) ? "$code-$region" : $code;
	return array(
		'tag'     => '' !== $region ? "$code-$region" : $defaults[ $code ],
		'variant' => $variant,
	);
}

/** `section`: known slugs in the article's order; none known, or empty, means all. */
function hip_trial_widgets_section_list( array $atts ): array {
	$all    = hip_trial_widgets_sections();
	$tokens = isset( $atts['section'] ) ? preg_split( '/\s+/', trim( (string) $atts['section'] ), -1, PREG_SPLIT_NO_EMPTY ) : array();
	$shown  = array_values( array_filter( $all, fn( $s ) => in_array( $s, $tokens, true ) ) );
	$result = $shown ? $shown : $all;
	$bad    = array_diff( $tokens, $all );
	if ( $bad ) {
		hip_trial_widgets_warn( 'section', implode( ' ', $bad ), $all, implode( ' ', $result ) );
	}
	return $result;
}

/**
 * The checked options: what the element is printed with and the static HTML is composed from.
 * Attribute names as on the script-free route; the block's headingLevel is heading-level.
 */
function hip_trial_widgets_options( array $atts ): array {
	$atts = array_change_key_case( $atts, CASE_LOWER );
	if ( isset( $atts['headinglevel'] ) && ! isset( $atts['heading-level'] ) ) {
		$atts['heading-level'] = $atts['headinglevel'];
	}
	$language = hip_trial_widgets_language( $atts );
	return array(
		'element'       => hip_trial_widgets_choice( $atts, 'element' ),
		'tag'           => $language['tag'],
		'variant'       => $language['variant'],
		'sections'      => hip_trial_widgets_section_list( $atts ),
		'chart'         => hip_trial_widgets_choice( $atts, 'chart' ),
		'heading-level' => hip_trial_widgets_choice( $atts, 'heading-level' ),
		'theme'         => hip_trial_widgets_choice( $atts, 'theme' ),
		'outcome'       => hip_trial_widgets_choice( $atts, 'outcome' ),
	);
}

/** Every language variant's generated fragments (content/fragments.json, written by the build). */
function hip_trial_widgets_all_fragments(): array {
	static $all = null;
	if ( null === $all ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$all = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/content/fragments.json' ), true );
	}
	return $all;
}

/** Whether the build wrote fragments for this variant. */
function hip_trial_widgets_has_fragments( string $variant ): bool {
	return isset( hip_trial_widgets_all_fragments()[ $variant ] );
}

/** The generated fragments of one language variant. */
function hip_trial_widgets_fragments( string $variant ): array {
	$all = hip_trial_widgets_all_fragments();
	return $all[ $variant ] ?? $all['en'];
}

/**
 * The static HTML of one element: the same pieces in the same order as composeStatic() in
 * src/static/html.ts (a test holds the two equal). Fragments are escaped HTML already.
 */
function hip_trial_widgets_compose( array $f, array $o ): string {
	$title = (int) $o['heading-level'];
	if ( 'hip-trial-summary' === $o['element'] ) {
		$body = '<h{0}>' . $f['title'] . '</h{0}><p>' . $f['lead'] . '</p>';
		foreach ( $o['sections'] as $slug ) {
			$chart = 'results' === $slug && 'none' !== $o['chart'] ? $f['charts'][ $o['chart'] ] : '';
			$body .= '<section>' . $f['sections'][ $slug ] . $chart . '</section>';
		}
		$body .= $f['disclaimer'] . ( in_array( 'source', $o['sections'], true ) ? '' : $f['shortSource'] );
	} else {
		$chart = array(
			'outcome-bars'   => 'time' === $o['outcome'] ? 'time' : 'bars',
			'outcome-icons'  => 'icons',
			'trial-fact-box' => 'factbox',
		)[ $o['element'] ];
		$body  = $f['charts'][ $chart ] . $f['disclaimer'] . $f['shortSource'];
	}
	$body = preg_replace_callback(
		'/<(\/?)h\{(\d)\}>/',
		fn( $m ) => '<' . $m[1] . 'h' . min( 6, $title + (int) $m[2] ) . '>',
		$body
	);
	return '<div class="hip-trial-static" lang="' . esc_attr( $o['tag'] ) . '" dir="' . esc_attr( $f['dir'] ) . '">' . $body . '</div>';
}

/** The element's attributes, as the builder writes them: defaults left out. */
function hip_trial_widgets_element_attrs( array $o ): string {
	$takes = hip_trial_widgets_element_attributes()[ $o['element'] ];
	$attrs = array( 'lang' => $o['tag'] );
	if ( in_array( 'section', $takes, true ) && count( $o['sections'] ) < count( hip_trial_widgets_sections() ) ) {
		$attrs['section'] = implode( ' ', $o['sections'] );
	}
	foreach ( array( 'chart', 'heading-level', 'outcome', 'theme' ) as $name ) {
		if ( in_array( $name, $takes, true ) || 'theme' === $name ) {
			if ( hip_trial_widgets_choices()[ $name ][0] !== $o[ $name ] ) {
				$attrs[ $name ] = $o[ $name ];
			}
		}
	}
	$out = '';
	foreach ( $attrs as $name => $value ) {
		$out .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $out;
}

/** The module, once per page, as an ES module from the plugin's own folder. */
function hip_trial_widgets_enqueue(): void {
	wp_enqueue_script( 'hip-trial-widgets', plugins_url( 'assets/hip-trial-widgets.js', __DIR__ ), array(), HIP_TRIAL_WIDGETS_VERSION, true );
}

/** The shortcode's and the block's output: the element, with the full static HTML inside as its fallback. */
function hip_trial_widgets_render( $atts ): string {
	$o = hip_trial_widgets_options( is_array( $atts ) ? $atts : array() );
	hip_trial_widgets_enqueue();
	$inner = hip_trial_widgets_compose( hip_trial_widgets_fragments( $o['variant'] ), $o );
	return '<' . $o['element'] . hip_trial_widgets_element_attrs( $o ) . '>' . $inner . '</' . $o['element'] . '>';
}
