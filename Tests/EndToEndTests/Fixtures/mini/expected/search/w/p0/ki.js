plansiteSearchLoaded("w/p0/ki",{
"kiem":[0,-19]
});
