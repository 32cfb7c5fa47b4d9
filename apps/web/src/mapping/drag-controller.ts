import { type Accessor, createSignal, onCleanup } from "solid-js";

/** What is being dragged: a Tally account or service. */
export interface DragSubject {
  id: string;
  name: string;
}

/** Drag state and the handlers to spread on draggable cards and drop targets. */
export interface DragController {
  dragging: Accessor<DragSubject | null>;
  /** The id of the drop target under the pointer. */
  over: Accessor<string | null>;
  /** Where to draw the pointer-drag ghost, or `null` during a native drag (the browser draws it). */
  ghost: Accessor<{ x: number; y: number } | null>;
  sourceHandlers: (subject: DragSubject) => {
    draggable: boolean;
    onDragStart: (event: DragEvent) => void;
    onDragEnd: () => void;
    onPointerDown: (event: PointerEvent) => void;
  };
  targetHandlers: (
    targetId: string,
    accepts: () => boolean,
  ) => {
    "data-drop-target": string;
    onDragEnter: (event: DragEvent) => void;
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

const dragType = "application/x-tally-mapping-target";
const dragThreshold = 5;

/**
 * Drag a left card onto a right card: native HTML5 drag and drop, and a pointer-events fallback
 * for environments where native drag never starts (some automation, touch). The two never both
 * fire for one gesture: a native `dragstart` cancels the pointer gesture.
 */
export function createDragController(onDrop: (subject: DragSubject, targetId: string) => void): DragController {
  const [dragging, setDragging] = createSignal<DragSubject | null>(null);
  const [over, setOver] = createSignal<string | null>(null);
  const [ghost, setGhost] = createSignal<{ x: number; y: number } | null>(null);
  let gesture: { subject: DragSubject; pointerId: number; x: number; y: number; active: boolean } | null = null;
  const accepting = new Map<string, () => boolean>();

  const targetAt = (x: number, y: number): string | null => {
    const element = document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-drop-target]");
    const id = element?.dataset.dropTarget ?? null;
    return id !== null && (accepting.get(id)?.() ?? false) ? id : null;
  };

  const endGesture = (): void => {
    gesture = null;
    window.removeEventListener("pointermove", onPointerMove);
    window.removeEventListener("pointerup", onPointerUp);
    window.removeEventListener("pointercancel", onPointerCancel);
    document.body.classList.remove("is-pointer-dragging");
  };

  const reset = (): void => {
    endGesture();
    setDragging(null);
    setOver(null);
    setGhost(null);
  };

  function onPointerMove(event: PointerEvent): void {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    if (!gesture.active) {
      if (Math.hypot(event.clientX - gesture.x, event.clientY - gesture.y) < dragThreshold) return;
      gesture.active = true;
      setDragging(gesture.subject);
      document.body.classList.add("is-pointer-dragging");
    }
    setGhost({ x: event.clientX, y: event.clientY });
    setOver(targetAt(event.clientX, event.clientY));
  }

  function onPointerUp(event: PointerEvent): void {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    const { subject, active } = gesture;
    const target = active ? targetAt(event.clientX, event.clientY) : null;
    reset();
    if (target) onDrop(subject, target);
  }

  function onPointerCancel(): void {
    // A native drag took over (or the gesture was interrupted); the native handlers carry on.
    endGesture();
    setGhost(null);
  }

  onCleanup(reset);

  return {
    dragging,
    over,
    ghost,
    sourceHandlers: (subject) => ({
      draggable: true,
      onDragStart: (event) => {
        endGesture();
        setGhost(null);
        event.dataTransfer?.setData(dragType, subject.id);
        event.dataTransfer?.setData("text/plain", subject.name);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = "link";
        setDragging(subject);
      },
      onDragEnd: () => reset(),
      onPointerDown: (event) => {
        if (event.button !== 0 || (event.target as HTMLElement).closest("button, a, input")) return;
        gesture = { subject, pointerId: event.pointerId, x: event.clientX, y: event.clientY, active: false };
        window.addEventListener("pointermove", onPointerMove);
        window.addEventListener("pointerup", onPointerUp);
        window.addEventListener("pointercancel", onPointerCancel);
      },
    }),
    targetHandlers: (targetId, accepts) => {
      accepting.set(targetId, accepts);
      const allow = (event: DragEvent): boolean => {
        if (!dragging() || !accepts()) return false;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = "link";
        return true;
      };
      return {
        "data-drop-target": targetId,
        onDragEnter: (event) => {
          if (allow(event)) setOver(targetId);
        },
        onDragOver: (event) => {
          if (allow(event)) setOver(targetId);
        },
        onDragLeave: (event) => {
          const related = event.relatedTarget as Node | null;
          if (over() === targetId && !(related && (event.currentTarget as HTMLElement).contains(related)))
            setOver(null);
        },
        onDrop: (event) => {
          event.preventDefault();
          const subject = dragging();
          reset();
          if (subject && accepts()) onDrop(subject, targetId);
        },
      };
    },
  };
}
